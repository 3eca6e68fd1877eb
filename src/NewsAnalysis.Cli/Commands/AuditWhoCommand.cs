using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Api.Statements;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// <c>audit-who [--api URL] [--top N]</c>: how well a running API answers "who", read through its lists. Three targets:
/// no quote or claim whose speaker is named by a pronoun or relative word alone (reported apart from the speakers left
/// unresolved, whose words are a pronoun and who have no name, which are allowed), no entity whose name opens with a
/// function word (both lists in <see cref="WhoWordLexicon"/>), and for every person in 5 or more articles one Person
/// entity holding at least 95% of their mentions (people as <see cref="PersonGrouper"/> forms them). A report, not a
/// test: it exits with 0 whatever it finds, and with 1 only when the API does not answer.
/// </summary>
internal static class AuditWhoCommand
{
    private const int MinArticles = 5;

    public static Command Create()
    {
        var api = new Option<string>("--api") { Description = "The running API's address", HelpName = "URL", DefaultValueFactory = _ => "http://localhost:5080" };
        api.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string>(), UriKind.Absolute, out _))
            {
                result.AddError($"--api needs an absolute address, such as http://localhost:5080, not '{result.GetValueOrDefault<string>()}'.");
            }
        });
        var top = new Option<int>("--top") { Description = "Examples shown per check, and how many worst-split people and shared surnames are listed", HelpName = "N", DefaultValueFactory = _ => 10 }
            .AcceptRange(0);
        var apiKey = ApiKeyOption.Create("read");
        var command = new Command("audit-who", "Reads a running API's entities, quotes and claims and reports pronoun speakers, names that open with a function word, and people split across entities")
        {
            api, top, apiKey,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new Uri(parseResult.GetRequiredValue(api), UriKind.Absolute), parseResult.GetValue(top), parseResult.GetValue(apiKey), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Uri api, int top, string? apiKey, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };
        ApiKeyOption.Apply(http, apiKey);
        try
        {
            await AuditAsync(http, api, top, cancellationToken);
            return 0;
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"the API at {api} did not answer: {exception.Message}");
            return 1;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"the API at {api} did not answer within {http.Timeout.TotalMinutes:0} minutes");
            return 1;
        }
    }

    private static async Task AuditAsync(HttpClient http, Uri api, int top, CancellationToken cancellationToken)
    {
        var articles = await GetAsync<PagedResponse<JsonElement>>(http, "/api/articles?page=1&pageSize=1", cancellationToken);
        var entities = await ReadAllAsync<EntitySummaryResponse>(http, "/api/entities?sort=name", cancellationToken);
        var quotes = await ReadAllAsync<QuoteListItemResponse>(http, "/api/quotes", cancellationToken);
        var claims = await ReadAllAsync<ClaimListItemResponse>(http, "/api/claims", cancellationToken);
        Console.WriteLine($"who audit of {api}: {articles.TotalCount:N0} articles, {entities.Count:N0} entities, {quotes.Count:N0} quotes, {claims.Count:N0} claims");
        Console.WriteLine();

        var statements = quotes.Select(q => new Statement("quote", q.Id, q.Article.Id, q.Speaker))
            .Concat(claims.Select(c => new Statement("claim", c.Id, c.Article.Id, c.Claimant)))
            .ToList();
        PrintSpeakers(statements, top);
        Console.WriteLine();
        await PrintFunctionWordNamesAsync(http, entities, top, cancellationToken);
        Console.WriteLine();
        await PrintPeopleAsync(http, PersonGrouper.Group(entities), top, cancellationToken);
    }

    private static void PrintSpeakers(List<Statement> statements, int top)
    {
        foreach (var kind in new[] { "quote", "claim" })
        {
            var ofKind = statements.Where(s => s.Kind == kind).ToList();
            var speakers = ofKind.Where(s => s.Speaker is not null).ToList();
            Console.WriteLine($"{kind}s: {ofKind.Count:N0}, with a speaker {speakers.Count:N0}, "
                + $"unresolved speaker (no entity) {speakers.Count(s => s.Speaker!.EntityId is null):N0}, "
                + $"speaker without a name {speakers.Count(s => s.Speaker!.Name is null):N0}");
        }

        // Two different things: a speaker whose name is a pronoun (the extractor took the pronoun for a name; the
        // target is none) and a speaker left unresolved, with no name and a pronoun as the words that mark it (what
        // cannot be resolved stays unresolved).
        var spoken = statements.Where(s => s.Speaker is not null).ToList();
        var named = spoken.Where(s => s.Speaker!.Name is { } name && WhoWordLexicon.IsPronounOrRelative(name)).ToList();
        var unresolved = spoken.Where(s => s.Speaker!.Name is null && WhoWordLexicon.IsPronounOrRelative(s.Speaker.Mention?.Text ?? "")).ToList();
        PrintPronounSpeakers("speakers named by a pronoun or relative word (target none)", named, spoken, s => s.Speaker!.Name!, top);
        PrintPronounSpeakers("unresolved speakers marked by a pronoun or relative word (no name; allowed)", unresolved, spoken, s => s.Speaker!.Mention!.Text, top);
    }

    private static void PrintPronounSpeakers(string title, List<Statement> found, List<Statement> spoken, Func<Statement, string> words, int top)
    {
        Console.WriteLine($"{title}: quotes {Count(found, "quote"):N0} / {Count(spoken, "quote"):N0}, "
            + $"claims {Count(found, "claim"):N0} / {Count(spoken, "claim"):N0} (of those with a speaker)");
        if (found.Count > 0)
        {
            Console.WriteLine("  by word: " + ByWord(found.Select(s => words(s).ToLowerInvariant())));
        }

        foreach (var statement in found.OrderBy(s => s.ArticleId).ThenBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Id).Take(top))
        {
            var speaker = statement.Speaker!;
            var mention = speaker.Mention?.Text;
            var shown = speaker.Name is null
                ? $"\"{mention}\" (no name)"
                : $"\"{speaker.Name}\"" + (mention is not null && mention != speaker.Name ? $" (mention \"{mention}\")" : "");
            Console.WriteLine($"  article {statement.ArticleId,5}  {statement.Kind} {statement.Id,6}  {shown}{(speaker.EntityId is null ? ", unresolved" : $", entity {speaker.EntityId}")}");
        }
    }

    private static async Task PrintFunctionWordNamesAsync(HttpClient http, List<EntitySummaryResponse> entities, int top, CancellationToken cancellationToken)
    {
        var opened = entities
            .Select(e => (Entity: e, Word: WhoWordLexicon.OpeningFunctionWord(e.Name)))
            .Where(x => x.Word is not null)
            .OrderByDescending(x => x.Entity.MentionCount)
            .ThenBy(x => x.Entity.Id)
            .ToList();
        Console.WriteLine($"entity names starting with a function word: {opened.Count:N0} / {entities.Count:N0}");
        if (opened.Count > 0)
        {
            Console.WriteLine("  by word: " + ByWord(opened.Select(x => x.Word!)));
        }

        foreach (var (entity, _) in opened.Take(top))
        {
            // The list has no article id; the detail names the entity's articles, newest first.
            var detail = await GetAsync<EntityDetailResponse>(http, $"/api/entities/{entity.Id}", cancellationToken);
            var article = detail.Articles.Count > 0 ? $"article {detail.Articles[0].Id,5}" : "no article ";
            Console.WriteLine($"  {article}  entity {entity.Id,6}  \"{entity.Name}\" {entity.Type}, mentions {entity.MentionCount:N0}, articles {entity.ArticleCount:N0}");
        }
    }

    private static async Task PrintPeopleAsync(HttpClient http, PersonGrouping grouping, int top, CancellationToken cancellationToken)
    {
        // The list gives each entity's article count, not which articles: a person with several entities needs the
        // details when neither its largest entity alone (at least 5) nor all together (under 5) decide.
        var articleCounts = new Dictionary<PersonGroup, int?>();
        var qualifying = new List<PersonGroup>();
        var read = 0;
        foreach (var group in grouping.Groups)
        {
            if (group.Entities.Count == 1)
            {
                articleCounts[group] = group.ArticleCountAtLeast;
            }
            else if (group.ArticleCountAtLeast < MinArticles && group.ArticleCountAtMost >= MinArticles)
            {
                articleCounts[group] = await DistinctArticlesAsync(http, group, cancellationToken);
                read++;
            }

            if (group.ArticleCountAtLeast >= MinArticles || articleCounts.GetValueOrDefault(group) >= MinArticles)
            {
                qualifying.Add(group);
            }
        }

        var held = qualifying.Count(g => g.IsHeldTogether);
        Console.WriteLine($"people in {MinArticles}+ distinct articles: {qualifying.Count:N0}; one Person entity holds at least {PersonGroup.HeldPercent}% of the mentions: "
            + $"{held:N0} / {qualifying.Count:N0}{(qualifying.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({100.0 * held / qualifying.Count:F1}%)") : "")}");
        Console.WriteLine($"  ({grouping.Groups.Count:N0} people in all; who reaches {MinArticles} distinct articles is exact, per-entity article lists read for {read:N0} of them;"
            + " \"at least\" marks a count the API's article lists, 50 an entity, cannot make exact)");
        var worst = qualifying.OrderBy(g => g.Share).ThenByDescending(g => g.MentionCount).ThenBy(g => g.Largest.Id).Take(top).ToList();
        if (worst.Count > 0)
        {
            Console.WriteLine($"  worst {worst.Count}:");
        }

        foreach (var group in worst)
        {
            if (!articleCounts.ContainsKey(group))
            {
                articleCounts[group] = await DistinctArticlesAsync(http, group, cancellationToken);
            }

            var articles = articleCounts[group] is { } exact ? $"{exact:N0}" : $"at least {group.ArticleCountAtLeast:N0}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {100 * group.Share,5:F1}%  {group.Largest.Name}: mentions {group.MentionCount:N0}, articles {articles}, entities {group.Entities.Count}"));
            foreach (var entity in group.Entities.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id))
            {
                Console.WriteLine($"           entity {entity.Id,6}  {entity.Name} ({entity.Type}), mentions {entity.MentionCount:N0}");
            }
        }

        Console.WriteLine($"one-word names shared by several people (counted for none): {grouping.SharedSurnames.Count:N0}");
        foreach (var surname in grouping.SharedSurnames.OrderByDescending(s => s.Entities.Sum(e => e.MentionCount)).Take(top))
        {
            var entities = string.Join("; ", surname.Entities.OrderByDescending(e => e.MentionCount).Select(e => $"entity {e.Id} {e.Type}, mentions {e.MentionCount:N0}"));
            Console.WriteLine($"  {surname.Name} ({entities}): {string.Join(", ", surname.People)}");
        }
    }

    private static async Task<int?> DistinctArticlesAsync(HttpClient http, PersonGroup group, CancellationToken cancellationToken)
    {
        var details = new List<EntityDetailResponse>();
        foreach (var entity in group.Entities)
        {
            details.Add(await GetAsync<EntityDetailResponse>(http, $"/api/entities/{entity.Id}", cancellationToken));
        }

        return PersonGrouper.DistinctArticleCount(details);
    }

    private static int Count(IEnumerable<Statement> statements, string kind) => statements.Count(s => s.Kind == kind);

    private static string ByWord(IEnumerable<string> words) =>
        string.Join(", ", words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"{g.Key} {g.Count()}"));

    private static async Task<List<T>> ReadAllAsync<T>(HttpClient http, string path, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var separator = path.Contains('?') ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var response = await GetAsync<PagedResponse<T>>(http, $"{path}{separator}page={page}&pageSize={PageQuery.MaxPageSize}", cancellationToken);
            items.AddRange(response.Items);
            if (response.Items.Count == 0 || items.Count >= response.TotalCount)
            {
                return items;
            }
        }
    }

    private static async Task<T> GetAsync<T>(HttpClient http, string path, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<T>(path, cancellationToken) ?? throw new HttpRequestException($"the API answered {path} with nothing");

    /// <summary>A quote or a claim, with the speaker or claimant it names.</summary>
    private sealed record Statement(string Kind, int Id, int ArticleId, SpeakerResponse? Speaker);
}

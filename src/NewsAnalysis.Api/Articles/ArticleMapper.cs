using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Api.Articles;

/// <summary>
/// An article's rows: the article itself, and its findings apart from it (<see cref="ArticleIngestionService"/> saves
/// the article through EF and the findings in bulk). Findings point at their entities by navigation, since new
/// entities get their keys only when saved.
/// </summary>
internal sealed record ArticleRows(Article Article, List<Mention> Mentions, List<Quote> Quotes, List<Claim> Claims);

/// <summary>Turns a request and its analysis into the rows to store.</summary>
internal static class ArticleMapper
{
    public static ArticleRows ToRows(CreateArticleRequest request, string? url, AnalysisDocument document, Entity[] entities, DateTime now)
    {
        var body = request.Body!;
        var article = new Article
        {
            Title = request.Title!.Trim(),
            Body = body,
            Url = url,
            Source = Blank(request.Source),
            Author = Blank(request.Author) ?? document.Author,
            PublishedAt = request.PublishedAt?.UtcDateTime,
            IngestedAt = now,
            ExtractorVersion = ExtractionPipeline.Version,
        };

        var rows = new ArticleRows(article, [], [], []);
        var articleDate = article.PublishedAt ?? article.IngestedAt;
        foreach (var mention in ResolvedMention.Of(document))
        {
            rows.Mentions.Add(new Mention
            {
                ArticleDate = articleDate,
                Entity = entities[mention.Entity],
                Start = mention.Span.Start,
                End = mention.Span.End,
                Text = body[mention.Span.Start..mention.Span.End],
                Kind = mention.Kind,
            });
        }

        foreach (var quote in document.Quotes)
        {
            rows.Quotes.Add(new Quote
            {
                ArticleDate = articleDate,
                Start = quote.Span.Start,
                End = quote.Span.End,
                Text = body[quote.Span.Start..quote.Span.End],
                CueStart = quote.Cue?.Start,
                CueEnd = quote.Cue?.End,
                SpeakerEntity = quote.Speaker?.Entity is { } e ? entities[e] : null,
                SpeakerName = quote.Speaker is null ? null : NameOf(quote.Speaker, entities),
                SpeakerStart = quote.Speaker?.Mention.Start,
                SpeakerEnd = quote.Speaker?.Mention.End,
                SpeakerIsGroup = quote.Speaker?.Members is not null,
            });
        }

        for (var c = 0; c < document.Claims.Count; c++)
        {
            var claim = document.Claims[c];
            rows.Claims.Add(new Claim
            {
                ArticleDate = articleDate,
                Start = claim.Span.Start,
                End = claim.Span.End,
                Text = body[claim.Span.Start..claim.Span.End],
                CueStart = claim.Cue?.Start,
                CueEnd = claim.Cue?.End,
                ClaimantEntity = claim.Claimant?.Entity is { } e ? entities[e] : null,
                ClaimantName = claim.Claimant is null ? null : NameOf(claim.Claimant, entities),
                ClaimantStart = claim.Claimant?.Mention.Start,
                ClaimantEnd = claim.Claimant?.Mention.End,
                ClaimantIsGroup = claim.Claimant?.Members is not null,
                CheckWorthiness = document.ClaimScoreOf(c),
                Quantities = claim.Quantities.Select(q => new Quantity
                {
                    Start = q.Span.Start,
                    End = q.Span.End,
                    Text = body[q.Span.Start..q.Span.End],
                    Value = q.Value,
                    Unit = q.Unit,
                    Approximation = q.Approximation,
                }).ToList(),
            });
        }

        return rows;
    }

    /// <summary>The corpus-wide name when linked (it may be fuller than this article's); none when unresolved.</summary>
    private static string? NameOf(Speaker speaker, Entity[] entities) =>
        speaker.Entity is { } e ? entities[e].Name : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

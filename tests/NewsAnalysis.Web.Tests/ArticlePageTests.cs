using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NewsAnalysis.Web.Tests;

/// <summary>Adding an article through the form and reading its analysis in the browser.</summary>
public sealed partial class ArticlePageTests(FrontendFixture fixture) : IClassFixture<FrontendFixture>
{
    [ChromiumFact]
    public async Task AddingTheSampleArticle_HighlightsPutinAsPersonAndNamesHimOnHisQuotes()
    {
        var sample = SampleArticles.PutinTillerson();
        await using var session = await fixture.OpenAsync("#/new");
        var page = session.Page;

        await page.GetByLabel("Title").FillAsync(sample.Title!);
        await page.GetByLabel("Text").FillAsync(sample.Body!);
        await page.GetByLabel("Source").FillAsync("Test Wire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse and save" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ArticleAddress());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(sample.Title!);
        var putin = page.Locator(".article-body .hl-entity").Filter(new() { HasText = "Vladimir Putin" }).First;
        await Expect(putin).ToBeVisibleAsync();
        await Expect(putin).ToHaveAttributeAsync("data-entity-type", "Person");
        await Expect(putin).ToHaveClassAsync(new Regex(@"\bhl-person\b"));

        var speakerLabels = page.Locator(".article-body .quote-tag[data-speaker='Vladimir Putin']");
        await Expect(speakerLabels.First).ToHaveTextAsync(new Regex("Vladimir Putin"));
        Assert.True(await speakerLabels.CountAsync() >= 3, "Putin speaks at least three quotes in the sample.");
        var trustQuote = page.Locator(".article-body .hl-quote[data-speaker='Vladimir Putin']").Filter(new() { HasText = "level of trust" });
        await Expect(trustQuote.First).ToBeVisibleAsync();

        await session.ScreenshotAsync("article-full");
        await page.SetViewportSizeAsync(1366, 1180);
        await page.GetByRole(AriaRole.Button, new() { Name = "Quote by Vladimir Putin: show details" }).First.ClickAsync();
        await session.ScreenshotAsync("article", fullPage: false);
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task RenderedText_IsTheBodyExactly_WithNamesNestedInsideQuotes()
    {
        var sample = SampleArticles.PutinTillersonCopy();
        var id = await fixture.CreateArticleAsync(sample);
        await using var session = await fixture.OpenAsync($"#/articles/{id}");
        var page = session.Page;
        await Expect(page.Locator(".article-body .hl").First).ToBeVisibleAsync();

        // Labels are added around the text; everything else must be the body, character for character.
        var text = await page.EvaluateAsync<string>(
            "() => { const copy = document.querySelector('.article-body').cloneNode(true); copy.querySelectorAll('.tag').forEach(t => t.remove()); return copy.textContent; }");
        Assert.Equal(sample.Body, text);
        Assert.True(await page.Locator(".article-body .hl-quote .hl-entity").CountAsync() > 0, "A name inside a quote is nested in the quote.");
        Assert.True(await page.Locator(".article-body .hl-claim .hl-quantity").CountAsync() > 0, "A stated number is marked inside its claim.");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task KeyboardOnHighlights_ShowsNameQuoteAndClaimDetailsInThePanel()
    {
        var id = await fixture.CreateArticleAsync(SampleArticles.PutinTillersonCopy());
        await using var session = await fixture.OpenAsync($"#/articles/{id}");
        var page = session.Page;
        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Details of the selection" });

        var putin = page.Locator(".article-body .hl-person[tabindex='0']").Filter(new() { HasText = "Vladimir Putin" }).First;
        await putin.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Vladimir Putin", Exact = true })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Vladimir Putin: all articles") })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Quote by Vladimir Putin: show details" }).First.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(panel.Locator(".card-quote blockquote")).ToContainTextAsync("level of trust");
        await Expect(panel.Locator(".card-quote")).ToContainTextAsync("Speaker");

        await page.Locator(".article-body .claim-tag").Filter(new() { HasText = "Claim" }).First.ClickAsync();
        await Expect(panel.Locator(".card-claim")).ToContainTextAsync("check-worthy");
        await Expect(panel.Locator(".card-claim table.quantities")).ToContainTextAsync("320,000");
        await session.ScreenshotAsync("article-claim-selected");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task TurningOffAKind_RemovesItsHighlightsAndKeepsTheText()
    {
        var id = await fixture.CreateArticleAsync(SampleArticles.PutinTillersonCopy());
        await using var session = await fixture.OpenAsync($"#/articles/{id}");
        var page = session.Page;
        var body = page.Locator(".article-body");
        await Expect(body.Locator(".hl-person").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Person") }).UncheckAsync();
        await Expect(body.Locator(".hl-person")).ToHaveCountAsync(0);
        await Expect(body).ToContainTextAsync("Vladimir Putin");
        await Expect(body.Locator(".hl-location").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Quotes") }).UncheckAsync();
        await Expect(body.Locator(".hl-quote")).ToHaveCountAsync(0);
        await Expect(body.Locator(".quote-tag")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Person") }).CheckAsync();
        await Expect(body.Locator(".hl-person").First).ToBeVisibleAsync();
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task EmptyTitle_ShowsTheApiValidationErrorForTheField()
    {
        await using var session = await fixture.OpenAsync("#/new");
        var page = session.Page;

        await page.GetByLabel("Text").FillAsync("Officials said that 40 homes were damaged.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse and save" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("One or more validation errors occurred.");
        await Expect(alert).ToContainTextAsync("Title: 'Title' must not be empty.");
        await Expect(page.GetByLabel("Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page).ToHaveURLAsync(new Regex("#/new$"));

        await session.ScreenshotAsync("new-article-error");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task KnownUrl_ShowsTheConflictAndLinksToTheStoredArticle()
    {
        var stored = SampleArticles.PutinTillersonCopy();
        var id = await fixture.CreateArticleAsync(stored);
        await using var session = await fixture.OpenAsync("#/new");
        var page = session.Page;

        await page.GetByLabel("Title").FillAsync("The same story again");
        await page.GetByLabel("Text").FillAsync("Officials said that 40 homes were damaged.");
        await page.GetByLabel("Address (URL)").FillAsync(stored.Url!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse and save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("An article with this address is already stored.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the stored article" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"#/articles/{id}$"));
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task MissingArticle_ShowsTheApiNotFoundMessage()
    {
        await using var session = await fixture.OpenAsync("#/articles/987654");

        var alert = session.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Article not found.");
        await Expect(alert).ToContainTextAsync("No article has id 987654.");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task CrossingSpans_AreSplitIntoFragments_AndNamesNestInsideBoth()
    {
        await using var session = await fixture.OpenAsync("#/articles");

        // A claim over "Alpha beta gamma" crosses a quote over "beta gamma delta"; the name "gamma" sits in both.
        var result = await session.Page.EvaluateAsync<JsonElement>("""
            async () => {
              const { collectAnnotations, renderAnnotatedBody } = await import('/js/highlight.js');
              const article = {
                body: 'Alpha beta gamma delta epsilon.',
                entities: [{ id: 1, name: 'Gamma', type: 'Person', mentions: [{ start: 11, end: 16, text: 'gamma' }] }],
                quotes: [{ id: 7, text: 'beta gamma delta', start: 6, end: 22, cue: null, speaker: null }],
                claims: [{ id: 9, text: 'Alpha beta gamma', start: 0, end: 16, cue: null, claimant: null, quantities: [], checkWorthiness: 0.5 }],
              };
              const container = document.createElement('div');
              renderAnnotatedBody(container, article.body, collectAnnotations(article),
                new Set(['Person', 'Organization', 'Location', 'Misc', 'quote', 'claim']));
              container.querySelectorAll('.tag').forEach((tag) => tag.remove());
              const name = container.querySelector('.hl-entity');
              return {
                text: container.textContent,
                claims: [...container.querySelectorAll('.hl-claim')].map((e) => e.textContent),
                quotes: [...container.querySelectorAll('.hl-quote')].map((e) => e.textContent),
                quoteKeys: [...new Set([...container.querySelectorAll('.hl-quote')].map((e) => e.dataset.key))],
                nameInQuoteInClaim: name.parentElement.matches('.hl-quote') && name.parentElement.parentElement.matches('.hl-claim'),
              };
            }
            """);

        Assert.Equal("Alpha beta gamma delta epsilon.", result.GetProperty("text").GetString());
        Assert.Equal<string>(["Alpha beta gamma"], Strings(result.GetProperty("claims")));
        Assert.Equal<string>(["beta gamma", " delta"], Strings(result.GetProperty("quotes")));
        Assert.Equal<string>(["quote-7"], Strings(result.GetProperty("quoteKeys")));
        Assert.True(result.GetProperty("nameInQuoteInClaim").GetBoolean());
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task Quantity_IsMarkedAtItsOffsets_NotWhereItsTextFirstOccurs()
    {
        await using var session = await fixture.OpenAsync("#/articles");

        // "10" stands twice in the claim; the parsed quantity is the second one, at 10-12.
        var result = await session.Page.EvaluateAsync<JsonElement>("""
            async () => {
              const { collectAnnotations, renderAnnotatedBody } = await import('/js/highlight.js');
              const article = {
                body: 'Of the 10 10 new ships sank.',
                entities: [],
                quotes: [],
                claims: [{ id: 3, text: 'Of the 10 10 new ships sank.', start: 0, end: 28, cue: null, claimant: null, checkWorthiness: 0.5,
                  quantities: [{ text: '10', start: 10, end: 12, value: 10, unit: null, approximation: null }] }],
              };
              const annotations = collectAnnotations(article);
              const container = document.createElement('div');
              renderAnnotatedBody(container, article.body, annotations, new Set(['claim']));
              container.querySelectorAll('.tag').forEach((tag) => tag.remove());
              const quantity = annotations.find((a) => a.kind === 'quantity');
              return {
                start: quantity.start,
                end: quantity.end,
                marked: [...container.querySelectorAll('.hl-claim .hl-quantity')].map((e) => e.textContent),
                text: container.textContent,
              };
            }
            """);

        Assert.Equal(10, result.GetProperty("start").GetInt32());
        Assert.Equal(12, result.GetProperty("end").GetInt32());
        Assert.Equal<string>(["10"], Strings(result.GetProperty("marked")));
        Assert.Equal("Of the 10 10 new ships sank.", result.GetProperty("text").GetString());
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task MarkupInAnArticle_IsShownAsText()
    {
        const string Title = "<img src=x onerror=\"window.pwned=1\"> Harbour reopens";
        const string Body = "Mayor Alma Reyes said \"<script>window.pwned=2</script> we stay <b>open</b>\" on Monday.";
        var id = await fixture.CreateArticleAsync(new(Title, Body, null, "<i>Wire</i>", null, null));
        await using var session = await fixture.OpenAsync($"#/articles/{id}");
        var page = session.Page;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(page.Locator(".article-body")).ToContainTextAsync("<script>window.pwned=2</script>");
        await Expect(page.Locator("main img, main script, main b")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        session.AssertNoScriptErrors();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString() ?? "")];

    [GeneratedRegex(@"#/articles/\d+")]
    private static partial Regex ArticleAddress();
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsAnalysis.Api.Articles;
using static Microsoft.Playwright.Assertions;

namespace NewsAnalysis.Web.Tests;

/// <summary>Lists, searches and entity pages over articles stored through the API.</summary>
public sealed class BrowsingTests(FrontendFixture fixture) : IClassFixture<FrontendFixture>
{
    [ChromiumFact]
    public async Task EntityPage_ShowsPutinsQuotesArticlesAndWhoHeAppearsWith()
    {
        var marker = SampleArticles.Marker();
        await fixture.CreateArticleAsync(SampleArticles.PutinTillersonCopy(marker));
        await using var session = await fixture.OpenAsync("#/entities");
        var page = session.Page;

        await page.GetByLabel("Name contains").FillAsync("Putin");
        await page.GetByLabel("Type").SelectOptionAsync("Person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/entities\\?q=Putin&type=Person"));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Vladimir Putin" });
        await Expect(row).ToContainTextAsync("Person");
        await session.ScreenshotAsync("entities");

        await row.GetByRole(AriaRole.Link, new() { Name = "Vladimir Putin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Vladimir Putin");
        var said = page.GetByRole(AriaRole.List, new() { Name = "Quotes by Vladimir Putin" });
        await Expect(said).ToContainTextAsync("level of trust");
        await Expect(said).ToContainTextAsync("We don't want a new Cold War");
        await Expect(page.Locator(".aliases-line")).ToContainTextAsync("Putin");
        await Expect(page.Locator("section[aria-labelledby='articles-heading']")).ToContainTextAsync(marker);
        await Expect(page.Locator("section[aria-labelledby='with-heading']")).ToContainTextAsync("Rex Tillerson");
        await session.ScreenshotAsync("entity");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task ArticleSearch_FindsTheArticleAndOpensIt()
    {
        var marker = SampleArticles.Marker();
        await fixture.CreateArticleAsync(SampleArticles.PutinTillersonCopy(marker));
        await using var session = await fixture.OpenAsync("#/articles");
        var page = session.Page;

        await page.GetByLabel("Words in title or text").FillAsync(marker);
        await page.GetByLabel("Words in title or text").PressAsync("Enter");
        var results = page.GetByRole(AriaRole.List, new() { Name = "Articles" }).GetByRole(AriaRole.Listitem);
        await Expect(results).ToHaveCountAsync(1);
        await Expect(results).ToContainTextAsync("quotes");
        await session.ScreenshotAsync("articles");

        await results.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(marker);

        await session.GoToAsync($"#/articles?q={SampleArticles.Marker()}");
        await Expect(page.Locator(".empty")).ToHaveTextAsync("No article matches this search.");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task ArticleList_PagesThroughMoreArticlesThanFitOnAPage()
    {
        var marker = SampleArticles.Marker();
        for (var i = 1; i <= 21; i++)
        {
            await fixture.CreateArticleAsync(new CreateArticleRequest(
                $"Harbour report {i} {marker}", $"Mayor Alma Reyes said {i} boats arrived in Valletta.", null, "Test Wire", null, null));
        }

        await using var session = await fixture.OpenAsync($"#/articles?q={marker}");
        var page = session.Page;
        var results = page.GetByRole(AriaRole.List, new() { Name = "Articles" }).GetByRole(AriaRole.Listitem);
        await Expect(results).ToHaveCountAsync(20);
        await Expect(page.Locator(".pager-status")).ToHaveTextAsync("1\u201320 of 21 \u00B7 page 1 of 2");

        await page.GetByRole(AriaRole.Link, new() { Name = "Next \u2192" }).ClickAsync();
        await Expect(results).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new Regex("page=2"));
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task QuoteAndClaimLists_SearchAcrossArticles()
    {
        await fixture.CreateArticleAsync(SampleArticles.PutinTillersonCopy(SampleArticles.Marker()));
        await using var session = await fixture.OpenAsync("#/quotes");
        var page = session.Page;

        await page.GetByLabel("Words in the quote").FillAsync("Cold War");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var quotes = page.GetByRole(AriaRole.List, new() { Name = "Quotes" }).GetByRole(AriaRole.Listitem);
        await Expect(quotes.First).ToContainTextAsync("We don't want a new Cold War");
        await Expect(quotes.First).ToContainTextAsync("Vladimir Putin");
        await session.ScreenshotAsync("quotes");

        await session.GoToAsync("#/claims");
        await page.GetByLabel("Words in the claim").FillAsync("have died");
        await page.GetByLabel("Numbers", new() { Exact = true }).SelectOptionAsync("true");
        await page.GetByLabel("Order").SelectOptionAsync("checkworthiness");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var claims = page.GetByRole(AriaRole.List, new() { Name = "Claims" });
        await Expect(claims).ToContainTextAsync("more than 320,000 people");
        await Expect(claims.Locator("meter").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("claims");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task SwaggerLink_LeadsToSwaggerUi()
    {
        await using var session = await fixture.OpenAsync("#/articles");
        var page = session.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Swagger UI" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/swagger"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("NewsAnalysis API") })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task Disagreements_ShowTwoArticlesTollsWithTheReason()
    {
        var place = SampleArticles.Marker();
        await fixture.CreateArticleAsync(new CreateArticleRequest(
            $"Strike toll {place}", $"Syrian state media said that the missile strike on the {place} air base killed 89 people.", null, "Test Wire", null, null));
        await fixture.CreateArticleAsync(new CreateArticleRequest(
            $"Strike toll disputed {place}", $"Activists said the missile strike on the {place} air base killed 20 people.", null, "Test Wire", null, null));
        await using var session = await fixture.OpenAsync("#/disagreements");
        var page = session.Page;
        await Expect(page.Locator(".empty")).ToContainTextAsync("Name what the claims are about");

        await page.GetByLabel("What the claims are about").FillAsync($"{place} strike");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var found = page.GetByRole(AriaRole.List, new() { Name = "Disagreements" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "killed: 89 people vs 20 people" });
        await Expect(found).ToHaveCountAsync(1);
        var claims = found.GetByRole(AriaRole.List, new() { Name = "Claims that disagree" });
        await Expect(claims).ToContainTextAsync("killed 89 people");
        await Expect(claims).ToContainTextAsync("killed 20 people");
        await Expect(found).ToContainTextAsync("Numbers differ");
        session.AssertNoScriptErrors();
    }
}

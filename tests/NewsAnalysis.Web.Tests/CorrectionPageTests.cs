using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace NewsAnalysis.Web.Tests;

/// <summary>Corrections in the page (issue 19): set and remove a quote's speaker, merge two entities.</summary>
public sealed class CorrectionPageTests(FrontendFixture fixture) : IClassFixture<FrontendFixture>
{
    [ChromiumFact]
    public async Task QuoteSpeaker_CanBeSetAndRemoved_FromTheQuotesCard()
    {
        var marker = SampleArticles.Marker();
        var id = await fixture.CreateArticleAsync(new CreateArticleRequest(
            $"Harbour {marker}", $"\"The harbour {marker} reopens on Monday,\" said Ilse Warden. Mayor Omar Haddad visited the harbour.", null, "Test Wire", null, null));
        var article = JsonDocument.Parse(await fixture.Api.GetStringAsync($"api/articles/{id}")).RootElement;
        var quoteId = article.GetProperty("quotes")[0].GetProperty("id").GetInt32();

        await using var session = await fixture.OpenAsync($"#/articles/{id}?select=quote-{quoteId}", Screen.Phone);
        var page = session.Page;
        var card = page.Locator("#detail-panel .card-quote");
        await Expect(card).ToContainTextAsync("Ilse Warden");
        await card.GetByText("Correct the speaker").ClickAsync();
        await card.GetByLabel("Who is the speaker?").FillAsync("Omar Haddad");
        await card.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Expect(card.GetByLabel("Match")).ToBeEnabledAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Set as speaker" }).ClickAsync();

        // The article comes back from the API with the quote selected and its new speaker.
        await Expect(page.Locator($".article-body .quote-tag[data-key='quote-{quoteId}']")).ToHaveTextAsync(new Regex("Omar Haddad"));
        await Expect(page.Locator("#detail-panel .card-quote")).ToContainTextAsync("Omar Haddad");
        await session.ScreenshotAsync("correction-phone", fullPage: false);
        var stored = JsonDocument.Parse(await fixture.Api.GetStringAsync($"api/articles/{id}")).RootElement.GetProperty("quotes")[0];
        Assert.Equal("Omar Haddad", stored.GetProperty("speaker").GetProperty("name").GetString());

        card = page.Locator("#detail-panel .card-quote");
        await card.GetByText("Correct the speaker").ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Remove the speaker" }).ClickAsync();
        await Expect(page.Locator($".article-body .quote-tag[data-key='quote-{quoteId}']")).ToHaveTextAsync(new Regex("Unattributed"));
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task Entities_CanBeMerged_FromTheEntityPage()
    {
        var marker = SampleArticles.Marker();
        var name = $"Velma{marker}";
        await fixture.CreateArticleAsync(new CreateArticleRequest(
            $"Merge {marker}", $"Mayor {name} Okafor opened the bridge. \"It is done,\" said {name} Okafor. The council of {name}ville agreed.", null, "Test Wire", null, null));
        var entities = JsonDocument.Parse(await fixture.Api.GetStringAsync($"api/entities?q={name}")).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(entities.Count >= 2, $"Two entities for the test: {string.Join(", ", entities.Select(e => e.GetProperty("name").GetString()))}");
        var (source, target) = (entities[1], entities[0]);

        await using var session = await fixture.OpenAsync($"#/entities/{source.GetProperty("id").GetInt32()}", Screen.Desktop);
        var page = session.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByText("Merge with another entity").ClickAsync();
        await page.GetByLabel("Merge into").FillAsync(target.GetProperty("name").GetString()!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.GetByLabel("Match").SelectOptionAsync(target.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"#/entities/{target.GetProperty("id").GetInt32()}"));
        await Expect(page.Locator(".entity-header .notice")).ToContainTextAsync("was merged into");
        using var gone = await fixture.Api.GetAsync($"api/entities/{source.GetProperty("id").GetInt32()}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        session.AssertNoScriptErrors();
    }
}

/// <summary>A correction once the API has keys: the page asks for one, keeps it in sessionStorage and sends it.</summary>
public sealed class CorrectionKeyPageTests(FrontendFixture fixture) : IClassFixture<FrontendFixture>
{
    [ChromiumFact]
    public async Task Correction_AsksForAKey_AndUsesTheOneKeptForTheTab()
    {
        var id = await fixture.CreateArticleAsync(new CreateArticleRequest(
            "Keyed correction", "\"The harbour reopens on Monday,\" said Ilse Warden.", null, "Test Wire", null, null));
        var quoteId = JsonDocument.Parse(await fixture.Api.GetStringAsync($"api/articles/{id}")).RootElement.GetProperty("quotes")[0].GetProperty("id").GetInt32();
        var key = await fixture.CreateKeyAsync(ApiKeyScope.Write);

        await using var session = await fixture.OpenAsync($"#/articles/{id}?select=quote-{quoteId}", Screen.Desktop);
        var page = session.Page;
        var card = page.Locator("#detail-panel .card-quote");
        await card.GetByText("Correct the speaker").ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Remove the speaker" }).ClickAsync();

        // Reads stay open; the write answers 401 and the page asks for a key, then sends the request again.
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("needs an API key");
        await dialog.GetByLabel(new Regex("API key")).FillAsync(key);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.Locator($".article-body .quote-tag[data-key='quote-{quoteId}']")).ToHaveTextAsync(new Regex("Unattributed"));
        Assert.Equal(0, await dialog.CountAsync());
        Assert.Equal(key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('newsanalysis.apiKey')"));
        session.AssertNoScriptErrors();
    }
}

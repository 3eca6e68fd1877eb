using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NewsAnalysis.Web.Tests;

/// <summary>The Feeds view and "Add article" from a web address, at phone width, against a local news site.</summary>
public sealed class FeedsPageTests(FrontendFixture fixture) : IClassFixture<FrontendFixture>, IAsyncLifetime
{
    private LocalFeedSite? _site;

    public async Task InitializeAsync() => _site = await LocalFeedSite.StartAsync();

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [ChromiumFact]
    public async Task FeedsView_SubscribesShowsStatusAndUnsubscribes_AtPhoneWidth()
    {
        var name = SampleArticles.Marker();
        var url = $"{_site!.BaseUrl}/feeds/{name}/rss.xml";
        await using var session = await fixture.OpenAsync("#/feeds");
        var page = session.Page;
        await page.SetViewportSizeAsync(390, 844);

        await page.GetByLabel("Feed address (URL)").FillAsync("ftp://example.com/feed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(page.Locator("#feed-url-error")).ToContainTextAsync("absolute http or https");
        await Expect(page.GetByLabel("Feed address (URL)")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Feed address (URL)").FillAsync(url);
        await page.GetByLabel("Minutes between polls").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(page.Locator(".feed-status")).ToContainTextAsync($"Subscribed to {url}");
        var feeds = page.GetByRole(AriaRole.List, new() { Name = "Subscribed feeds" }).GetByRole(AriaRole.Listitem);
        await Expect(feeds).ToHaveCountAsync(1);
        await Expect(feeds).ToContainTextAsync("every 30 minutes");

        // The poller runs in the background and stores each item before it records the poll itself (the feed's title and
        // time); the list shows the poll's outcome when the page is loaded again after that.
        var card = feeds.First;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(await card.InnerTextAsync()).Contains("Last polled", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the feed was not polled: {await card.InnerTextAsync()}");
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Expect(card).ToContainTextAsync($"Island News {name}");
        await Expect(card).ToContainTextAsync("2 seen");
        await Expect(card).ToContainTextAsync("2 stored");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the Feeds view scrolls sideways at 390 px");
        await session.ScreenshotAsync("feeds-phone");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Unsubscribe from Island News {name}" }).ClickAsync();
        await Expect(page.Locator(".empty")).ToHaveTextAsync("No feeds yet.");
        await Expect(page.Locator(".feed-status")).ToContainTextAsync("Its articles stay");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task AddArticle_FromAWebAddress_FetchesThePageAndOpensTheArticle()
    {
        var slug = SampleArticles.Marker();
        await using var session = await fixture.OpenAsync("#/new");
        var page = session.Page;
        await page.SetViewportSizeAsync(390, 844);

        await page.GetByLabel("Web address").CheckAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Text", Exact = true })).ToBeHiddenAsync();
        await page.GetByLabel("Address (URL)").FillAsync($"{_site!.BaseUrl}/news/{slug}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "Add article scrolls sideways at 390 px");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse and save" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("#/articles/\\d+"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(LocalFeedSite.Headline(slug));
        await Expect(page.Locator("main")).ToContainTextAsync("Ines Varga");
        session.AssertNoScriptErrors();
    }
}

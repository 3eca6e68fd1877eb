using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsAnalysis.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace NewsAnalysis.Web.Tests;

/// <summary>
/// The page says when the API is open; once keys exist, a write that answers 401 asks for a key, says why a key
/// was refused, and keeps the key for the session. Swagger UI and the page run under the Content-Security-Policy
/// (a violation would be a script error).
/// </summary>
public sealed partial class ApiKeyPageTests(FrontendFixture fixture) : IClassFixture<FrontendFixture>
{
    [ChromiumFact]
    public async Task OpenBanner_ThenAKeyIsAskedForOnce_AndKeptForTheSession()
    {
        await using (var open = await fixture.OpenAsync("#/articles"))
        {
            await Expect(open.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "This API is open." })).ToBeVisibleAsync();
            open.AssertNoScriptErrors();
        }

        var key = await fixture.CreateKeyAsync(ApiKeyScope.Write);
        await using var session = await fixture.OpenAsync("#/new");
        var page = session.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add an article");
        Assert.Equal(0, await page.Locator(".open-banner").CountAsync());

        await FillArticleAsync(page, "Keys in the newsroom");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("needs an API key with scope write");
        await dialog.GetByLabel(new Regex("API key")).FillAsync("na_not-a-key-of-this-api");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("The API key is not known here");
        await dialog.GetByLabel(new Regex("API key")).FillAsync(key);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ArticleAddress());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Keys in the newsroom");
        Assert.Equal(key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('newsanalysis.apiKey')"));

        await session.GoToAsync("#/new");
        await FillArticleAsync(page, "A second article, no question asked");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("A second article, no question asked");
        Assert.Equal(0, await page.GetByRole(AriaRole.Dialog).CountAsync());
        await session.ScreenshotAsync("api-key-kept");
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task SwaggerUi_RendersUnderTheContentSecurityPolicy()
    {
        await using var session = await fixture.OpenAsync("swagger/index.html");

        await Expect(session.Page.GetByText("NewsAnalysis API").First).ToBeVisibleAsync();
        await Expect(session.Page.Locator(".opblock").First).ToBeVisibleAsync();
        session.AssertNoScriptErrors();
    }

    private static async Task FillArticleAsync(IPage page, string title)
    {
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Text").FillAsync($"{title}. \"We keep our keys safe\", the editor said on Monday.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse and save" }).ClickAsync();
    }

    [GeneratedRegex(@"#/articles/\d+")]
    private static partial Regex ArticleAddress();
}

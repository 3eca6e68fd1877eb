using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace NewsAnalysis.Web.Tests;

/// <summary>Deleting an article and uploading several from files in the page (issue 19).</summary>
public sealed class UploadAndDeletePageTests(FrontendFixture fixture) : IClassFixture<FrontendFixture>
{
    [ChromiumFact]
    public async Task Delete_AsksFirst_ThenGoesBackToTheListWithANotice()
    {
        var marker = SampleArticles.Marker();
        var title = $"Harbour closes {marker}";
        var id = await fixture.CreateArticleAsync(new CreateArticleRequest(
            title, $"\"The harbour {marker} closes on Friday,\" said Ilse Warden.", null, "Test Wire", null, null));

        await using var session = await fixture.OpenAsync($"#/articles/{id}", Screen.Desktop);
        var page = session.Page;
        var confirmations = new List<string>();
        var accept = false;
        page.Dialog += async (_, dialog) =>
        {
            confirmations.Add(dialog.Message);
            await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
        };
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete article" });

        // Declined: nothing is deleted and the page stays.
        await delete.ClickAsync();
        for (var wait = 0; wait < 200 && confirmations.Count == 0; wait++)
        {
            await Task.Delay(50);
        }

        Assert.Single(confirmations);
        Assert.Contains(title, confirmations[0], StringComparison.Ordinal);
        await Expect(page).ToHaveURLAsync(new Regex($"#/articles/{id}$"));
        using (var kept = await fixture.Api.GetAsync($"api/articles/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        }

        accept = true;
        await delete.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/articles$"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "was deleted" })).ToContainTextAsync(title);
        await Expect(page.Locator($".article-list a[href='#/articles/{id}']")).ToHaveCountAsync(0);
        using (var gone = await fixture.Api.GetAsync($"api/articles/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task Delete_OfAnArticleAlreadyGone_ShowsTheApisError()
    {
        var marker = SampleArticles.Marker();
        var id = await fixture.CreateArticleAsync(new CreateArticleRequest(
            $"Gone {marker}", "The council met on Monday.", null, "Test Wire", null, null));

        await using var session = await fixture.OpenAsync($"#/articles/{id}", Screen.Phone);
        var page = session.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Gone {marker}");
        using (var deleted = await fixture.Api.DeleteAsync($"api/articles/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete article" }).ClickAsync();

        var alert = page.Locator(".article-delete").GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Article not found.");
        await Expect(alert).ToContainTextAsync($"No article has id {id}.");
        await Expect(page).ToHaveURLAsync(new Regex($"#/articles/{id}$"));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= Screen.Phone.Width);
        session.AssertNoScriptErrors();
    }

    [ChromiumTheory]
    [MemberData(nameof(Screen.Names), MemberType = typeof(Screen))]
    public async Task BatchUpload_FollowsTheJob_AndLinksTheStoredArticles(string screenName)
    {
        var screen = Screen.Named(screenName);
        var marker = SampleArticles.Marker();
        var files = new[]
        {
            TextFile("bridge.txt", $"Bridge reopens {marker}\n\n\"The bridge {marker} reopens on Monday,\" said Mayor Omar Haddad.\n"),
            TextFile("ferry.txt", $"Ferry strike ends {marker}\r\n\"We are back at work,\" said Ilse Warden of the ferry union.\r\n"),
            TextFile("no-headline.txt", $"\nA story whose first line, the headline, is empty {marker}."),
        };

        await using var session = await fixture.OpenAsync("#/new", screen);
        var page = session.Page;
        await page.GetByLabel("Files to upload").SetInputFilesAsync(files);
        await page.GetByLabel("Publisher of every file").FillAsync("Harbour Gazette");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and analyse" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Progressbar, new() { Name = "Articles analysed" });
        await Expect(progress).ToBeVisibleAsync();
        await Expect(page.Locator(".batch-job [role='status']")).ToContainTextAsync("Finished: 3 of 3 articles have their outcome.");
        await Expect(progress).ToHaveAttributeAsync("value", "3");
        await Expect(progress).ToHaveAttributeAsync("max", "3");
        var counts = page.GetByRole(AriaRole.List, new() { Name = "Outcome" });
        await Expect(counts).ToContainTextAsync("2 stored");
        await Expect(counts).ToContainTextAsync("0 duplicates");
        await Expect(counts).ToContainTextAsync("1 invalid");
        await Expect(counts).ToContainTextAsync("0 failed");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel the upload" })).ToBeHiddenAsync();

        // The file without a headline is named with the API's reason; the two stored files link to their articles.
        var items = page.GetByRole(AriaRole.List, new() { Name = "Files" });
        await Expect(items.Locator("li").Nth(2)).ToContainTextAsync("no-headline.txt \u2014 invalid");
        await Expect(items.Locator("li").Nth(2).Locator(".field-error")).Not.ToBeEmptyAsync();
        Assert.Equal(0, await items.Locator("li").Nth(2).Locator("a").CountAsync());
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= screen.Width,
            $"The upload's outcome scrolls sideways at {screen.Width} px.");
        var findings = await Axe.SeriousFindingsAsync(page);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        await session.ScreenshotAsync($"batch-upload-{screen.Name}");

        await items.GetByRole(AriaRole.Link, new() { Name = "ferry.txt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ferry strike ends {marker}");
        var id = int.Parse(Regex.Match(page.Url, @"#/articles/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var article = JsonDocument.Parse(await fixture.Api.GetStringAsync($"api/articles/{id}")).RootElement;
        Assert.Equal("Harbour Gazette", article.GetProperty("source").GetString());
        Assert.StartsWith("\"We are back at work,\"", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task BatchUpload_WithNoFileChosen_SaysSo_AndSendsNothing()
    {
        await using var session = await fixture.OpenAsync("#/new", Screen.Desktop);
        var page = session.Page;
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and analyse" }).ClickAsync();
        await Expect(page.Locator(".batch-form").GetByRole(AriaRole.Alert)).ToHaveTextAsync("Choose at least one .txt file.");
        Assert.Equal(0, posts);
        session.AssertNoScriptErrors();
    }

    internal static FilePayload TextFile(string name, string text) =>
        new() { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(text) };
}

/// <summary>An API whose batch workers are off, so a job stays queued until the page cancels it.</summary>
public sealed class QueuedJobsFixture() : FrontendFixture(new Dictionary<string, string> { ["Ingestion:Workers"] = "0" });

/// <summary>Cancelling an upload: the job waits in the queue, so the cancel always comes before any outcome.</summary>
public sealed class UploadCancelPageTests(QueuedJobsFixture fixture) : IClassFixture<QueuedJobsFixture>
{
    [ChromiumFact]
    public async Task BatchUpload_CanBeCancelled_WhileQueued()
    {
        var marker = SampleArticles.Marker();
        await using var session = await fixture.OpenAsync("#/new", Screen.Phone);
        var page = session.Page;
        await page.GetByLabel("Files to upload").SetInputFilesAsync(new[]
        {
            UploadAndDeletePageTests.TextFile("one.txt", $"One {marker}\nThe council met on Monday."),
            UploadAndDeletePageTests.TextFile("two.txt", $"Two {marker}\nThe council met on Tuesday."),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and analyse" }).ClickAsync();

        var status = page.Locator(".batch-job [role='status']");
        await Expect(status).ToContainTextAsync("0 of 2 articles analysed");
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Articles analysed" })).ToHaveAttributeAsync("value", "0");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= Screen.Phone.Width);
        var findings = await Axe.SeriousFindingsAsync(page);
        Assert.True(findings.Count == 0, string.Join("\n", findings));

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the upload" }).ClickAsync();
        await Expect(status).ToContainTextAsync("Cancelled: 2 of 2 articles have their outcome.");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Outcome" })).ToContainTextAsync("2 cancelled");
        var jobId = Regex.Match(await page.Locator(".batch-job h3").InnerTextAsync(), @"\d+").Value;
        var job = JsonDocument.Parse(await fixture.Api.GetStringAsync($"api/jobs/{jobId}")).RootElement;
        Assert.Equal("cancelled", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("cancelled").GetInt32());
        session.AssertNoScriptErrors();
    }
}

/// <summary>Uploading and deleting once the API has keys: the page asks for one as for every write.</summary>
public sealed class UploadKeyPageTests(QueuedJobsFixture fixture) : IClassFixture<QueuedJobsFixture>
{
    [ChromiumFact]
    public async Task BatchUpload_AsksForAKey_OnceTheApiHasKeys()
    {
        var key = await fixture.CreateKeyAsync(ApiKeyScope.Write);
        await using var session = await fixture.OpenAsync("#/new", Screen.Desktop);
        var page = session.Page;
        await page.GetByLabel("Files to upload").SetInputFilesAsync(new[]
        {
            UploadAndDeletePageTests.TextFile("keyed.txt", $"Keyed {SampleArticles.Marker()}\nThe council met on Monday."),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and analyse" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("needs an API key");
        await dialog.GetByLabel(new Regex("API key")).FillAsync(key);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.Locator(".batch-job [role='status']")).ToContainTextAsync("0 of 1 article analysed");
        Assert.Equal(key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('newsanalysis.apiKey')"));
        session.AssertNoScriptErrors();
    }

    [ChromiumFact]
    public async Task Delete_AsksForAKey_OnceTheApiHasKeys()
    {
        var key = await fixture.CreateKeyAsync(ApiKeyScope.Write);
        var title = $"Keyed delete {SampleArticles.Marker()}";
        using var create = new HttpRequestMessage(HttpMethod.Post, "api/articles")
        {
            Content = JsonContent.Create(new CreateArticleRequest(title, "The council met on Monday.", null, "Test Wire", null, null)),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var created = await fixture.Api.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        await using var session = await fixture.OpenAsync($"#/articles/{id}", Screen.Desktop);
        var page = session.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete article" }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("needs an API key");
        await dialog.GetByLabel(new Regex("API key")).FillAsync(key);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "was deleted" })).ToContainTextAsync(title);
        using var gone = await fixture.Api.GetAsync($"api/articles/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        session.AssertNoScriptErrors();
    }
}

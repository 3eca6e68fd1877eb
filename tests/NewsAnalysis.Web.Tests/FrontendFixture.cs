using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Web.Tests;

/// <summary>One API on a fresh database and one Chromium per test class.</summary>
public class FrontendFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright's own browser download is not used.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";

    private readonly FrontendFactory _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public FrontendFixture()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>An API configured apart from the usual test settings (see <see cref="FrontendFactory"/>).</summary>
    protected FrontendFixture(IReadOnlyDictionary<string, string> settings)
    {
        _factory = new FrontendFactory(settings);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            // Every test here is skipped; starting the server would be wasted work.
            return;
        }

        // CI machines are loaded: a cold server builds the OpenAPI document and Swagger UI renders it in more than
        // Playwright's default five seconds there (one CI run saw Swagger UI still "loading"). Expectations wait longer;
        // they still fail when the element never appears.
        Assertions.SetDefaultExpectTimeout(20_000);
        BaseAddress = _factory.Start();
        Api = new HttpClient { BaseAddress = BaseAddress };
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Opens a page of the frontend ("#/articles") in a new browser context.</summary>
    public Task<BrowserSession> OpenAsync(string route) => OpenAsync(route, Screen.Laptop);

    /// <summary>Opens a page of the frontend in a new browser context of the given window size and colour scheme.</summary>
    public async Task<BrowserSession> OpenAsync(string route, Screen screen, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsPhone,
            HasTouch = screen.IsPhone,
            ColorScheme = colorScheme,
            Locale = "en-GB",
        });
        var session = new BrowserSession(context, await context.NewPageAsync());
        await session.GoToAsync(route);
        return session;
    }

    /// <summary>Stores an article through the API and answers its id.</summary>
    public async Task<int> CreateArticleAsync(CreateArticleRequest request)
    {
        using var response = await Api.PostAsJsonAsync("api/articles", request);
        Assert.True(response.IsSuccessStatusCode, $"POST api/articles answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var article = await response.Content.ReadFromJsonAsync<ArticleIdOnly>();
        return article!.Id;
    }

    /// <summary>Creates an API key as the CLI does and answers it; from then on writes need a key.</summary>
    public async Task<string> CreateKeyAsync(ApiKeyScope scope)
    {
        await using var services = _factory.Services.CreateAsyncScope();
        var (_, secret) = await services.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync($"web test {scope}", scope, CancellationToken.None);
        return secret;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed record ArticleIdOnly(int Id);
}

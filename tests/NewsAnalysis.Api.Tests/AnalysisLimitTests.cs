using System.Net;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Analyses are bounded: one runs at a time here with no queue, so a second request while the first is analysed is
/// refused with 503 and Retry-After; an analysis that outlasts the request timeout answers 504 and stores nothing.
/// </summary>
public sealed class AnalysisLimitTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task AnalysisBeyondTheLimitAndQueue_Is503ProblemWithRetryAfter()
    {
        using var gate = new GatedStep();
        using var api = WithPipeline(gate, ("Analysis:MaxConcurrent", "1"), ("Analysis:QueueLimit", "0"), ("Analysis:RetryAfterSeconds", "7"));
        var client = api.CreateClient();

        var first = client.PostArticleAsync(new { title = "First", body = "Officials said the port reopened." });
        Assert.True(gate.Entered.Wait(TimeSpan.FromSeconds(30)), "The first analysis never started.");
        var second = await client.PostArticleAsync(new { title = "Second", body = "Officials said the port reopened." });
        gate.Release.Set();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(7), second.Headers.RetryAfter?.Delta);
        var problem = await second.ReadJsonAsync();
        Assert.Contains("1 analyses run at once", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await first).StatusCode);
    }

    [Fact]
    public async Task AnalysisOutlastingTheRequestTimeout_Is504Problem_AndStoresNothing()
    {
        using var gate = new GatedStep();
        using var api = WithPipeline(gate, ("Analysis:RequestTimeout", "00:00:01"));
        var client = api.CreateClient();
        var marker = ApiClient.Unique("slow");

        var posted = client.PostArticleAsync(new { title = marker, body = marker + " said the port reopened." });
        Assert.True(gate.Entered.Wait(TimeSpan.FromSeconds(30)), "The analysis never started.");
        await Task.Delay(TimeSpan.FromSeconds(2));
        gate.Release.Set();
        var response = await posted;

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var stored = await client.GetJsonAsync($"/api/articles?q={marker}");
        Assert.Equal(0, stored.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task LockedSqliteDatabase_Is503ProblemWithRetryAfter()
    {
        var handler = factory.Services.GetServices<IExceptionHandler>().Single();
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(context, new SqliteException("database is locked", 5), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        Assert.Contains("locked", Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> WithPipeline(GatedStep gate, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Ingestion:Workers", "0");
            builder.ConfigureTestServices(services => services.AddSingleton(
                new ExtractionPipeline([gate, .. ExtractionPipeline.Create(null, ReportedSpeechMode.Rules).Steps])));
        });

    /// <summary>A first step that holds every analysis until the test lets it go.</summary>
    private sealed class GatedStep : IAnalysisStep, IDisposable
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public IReadOnlyList<DocumentLayer> Reads { get; } = [];

        public IReadOnlyList<DocumentLayer> Writes { get; } = [];

        public void Run(AnalysisDocument document)
        {
            Entered.Set();
            Release.Wait(TimeSpan.FromSeconds(30));
        }

        public void Dispose()
        {
            Entered.Dispose();
            Release.Dispose();
        }
    }
}

using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>POST /api/articles/batch and GET /api/jobs/{id}, with the background workers running.</summary>
public sealed class BatchIngestionTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task Batch_OfValidInvalidAndDuplicateArticles_CompletesWithEachOutcome()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("batch");
        var known = await client.CreateArticleAsync($"{marker} known", "Selma Orrin said the bridge would reopen.");
        var sharedUrl = $"https://tests.example/{marker}/shared";

        var response = await client.PostBatchAsync(
            new { title = $"{marker} first", body = $"{marker}: Talvo Brannick arrived in Oslo on Monday.", url = sharedUrl },
            new { body = "No title here." },
            new { title = $"{marker} second copy", body = "The same url again.", url = sharedUrl },
            new { title = $"{marker} no url", body = $"{marker}: \"We came to listen\", Brannick said." },
            new { title = $"{marker} known again", body = "Posted before.", url = known.GetProperty("url").GetString() },
            null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.ReadJsonAsync();
        var jobId = accepted.GetProperty("id").GetInt32();
        Assert.Equal($"/api/jobs/{jobId}", response.Headers.Location!.OriginalString);
        Assert.Equal(6, accepted.GetProperty("total").GetInt32());
        Assert.Equal(2, accepted.GetProperty("invalid").GetInt32());
        Assert.Contains(accepted.GetProperty("status").GetString(), new[] { "queued", "running", "completed" });

        var job = await client.WaitForJobAsync(jobId);
        Assert.Equal(6, job.GetProperty("processed").GetInt32());
        Assert.Equal(2, job.GetProperty("stored").GetInt32());
        Assert.Equal(2, job.GetProperty("duplicates").GetInt32());
        Assert.Equal(2, job.GetProperty("invalid").GetInt32());
        Assert.Equal(0, job.GetProperty("failed").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, job.GetProperty("completedAt").ValueKind);

        var items = job.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 3, 4, 5], items.Select(i => i.GetProperty("index").GetInt32()));

        // Either copy of the shared url may win the race between the two workers; the other points at it.
        var copies = new[] { items[0], items[2] };
        var winner = Assert.Single(copies, i => i.GetProperty("status").GetString() == "stored");
        var loser = Assert.Single(copies, i => i.GetProperty("status").GetString() == "duplicate");
        Assert.Equal(winner.GetProperty("articleId").GetInt32(), loser.GetProperty("articleId").GetInt32());

        Assert.Equal("invalid", items[1].GetProperty("status").GetString());
        Assert.True(items[1].GetProperty("errors").TryGetProperty("title", out _));
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("articleId").ValueKind);
        Assert.Equal("invalid", items[5].GetProperty("status").GetString());
        Assert.True(items[5].GetProperty("errors").TryGetProperty("article", out _));

        Assert.Equal("stored", items[3].GetProperty("status").GetString());
        var noUrl = await client.GetJsonAsync($"/api/articles/{items[3].GetProperty("articleId").GetInt32()}");
        Assert.Equal($"{marker} no url", noUrl.GetProperty("title").GetString());
        Assert.Equal("We came to listen", Assert.Single(noUrl.GetProperty("quotes").EnumerateArray()).GetProperty("text").GetString());

        Assert.Equal("duplicate", items[4].GetProperty("status").GetString());
        Assert.Equal(known.GetProperty("id").GetInt32(), items[4].GetProperty("articleId").GetInt32());
    }

    [Fact]
    public async Task Batch_OfOnlyInvalidArticles_IsCompletedAtOnce()
    {
        var client = factory.CreateClient();
        var response = await client.PostBatchAsync(new { title = "No body" }, new { title = "Bad url", body = "Text.", url = "ftp://example.com/a" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await response.ReadJsonAsync();
        Assert.Equal("completed", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("invalid").GetInt32());
        var items = job.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items[0].GetProperty("errors").TryGetProperty("body", out _));
        Assert.True(items[1].GetProperty("errors").TryGetProperty("url", out _));
    }

    public static TheoryData<string> BadEnvelopes => new()
    {
        """{}""",
        """{"articles":null}""",
        """{"articles":[]}""",
        "{\"articles\":[" + string.Join(",", Enumerable.Repeat("""{"title":"t","body":"b"}""", 1_001)) + "]}",
    };

    [Theory]
    [MemberData(nameof(BadEnvelopes))]
    public async Task BadEnvelope_Is400ProblemNamingArticles(string json)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/articles/batch", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("articles", out _), problem.ToString());
    }

    [Fact]
    public async Task Swagger_DescribesBatchAndJobs_WithABatchExample()
    {
        var document = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/jobs/{id}", out _));
        var example = paths.GetProperty("/api/articles/batch").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal(3, example.GetProperty("articles").GetArrayLength());
        Assert.Contains(example.GetProperty("articles").EnumerateArray(), a => a.TryGetProperty("html", out _) && !a.TryGetProperty("body", out _));
    }

    [Fact]
    public async Task UnknownJob_Is404Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/jobs/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

using System.Net;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Every time the API answers is UTC and says so (<c>Z</c>), whichever way it was read from the database: a row, a
/// joined row, or an aggregate such as a job's completion time. SQLite hands times back without a zone.
/// </summary>
public sealed class UtcTimestampTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task ArticleTimes_AreUtc_InTheArticle_TheLists_AndTheEntity()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("utc");
        var response = await client.PostArticleAsync(new
        {
            title = $"{marker} Ministers meet",
            body = "Foreign Minister Talvo Brannick arrived in Oslo on Monday. \"We came to listen\", Brannick said. Officials said that more than 4,500 homes were damaged.",
            url = $"https://tests.example/{marker}",
            source = marker,
            publishedAt = "2021-03-04T05:06:07+02:00",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.ReadJsonAsync()).GetProperty("id").GetInt32();

        var article = await client.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal("2021-03-04T03:06:07Z", article.GetProperty("publishedAt").GetString());
        AssertUtc(article.GetProperty("ingestedAt"));

        var listed = Assert.Single((await client.GetJsonAsync($"/api/articles?source={marker}")).GetProperty("items").EnumerateArray());
        Assert.Equal("2021-03-04T03:06:07Z", listed.GetProperty("publishedAt").GetString());
        AssertUtc(listed.GetProperty("ingestedAt"));

        var quote = Assert.Single((await client.GetJsonAsync($"/api/quotes?articleId={id}")).GetProperty("items").EnumerateArray());
        Assert.Equal("2021-03-04T03:06:07Z", quote.GetProperty("article").GetProperty("publishedAt").GetString());
        var claim = (await client.GetJsonAsync($"/api/claims?articleId={id}")).GetProperty("items").EnumerateArray().First();
        Assert.Equal("2021-03-04T03:06:07Z", claim.GetProperty("article").GetProperty("publishedAt").GetString());

        var speaker = quote.GetProperty("speaker").GetProperty("entityId").GetInt32();
        var entityArticle = (await client.GetJsonAsync($"/api/entities/{speaker}")).GetProperty("articles").EnumerateArray()
            .Single(a => a.GetProperty("id").GetInt32() == id);
        Assert.Equal("2021-03-04T03:06:07Z", entityArticle.GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task JobTimes_AreUtc_OnTheJob_AndInTheJobList()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("utcjob");
        var response = await client.PostBatchAsync(new { title = marker, body = $"{marker} was reported on Friday.", url = $"https://tests.example/{marker}" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.ReadJsonAsync();
        AssertUtc(accepted.GetProperty("createdAt"));
        var id = accepted.GetProperty("id").GetInt32();

        var job = await client.WaitForJobAsync(id);
        AssertUtc(job.GetProperty("createdAt"));
        AssertUtc(job.GetProperty("completedAt"));

        var listed = (await client.GetJsonAsync("/api/jobs?status=completed&pageSize=100")).GetProperty("items").EnumerateArray()
            .Single(j => j.GetProperty("id").GetInt32() == id);
        AssertUtc(listed.GetProperty("createdAt"));
        AssertUtc(listed.GetProperty("completedAt"));
        Assert.Equal(job.GetProperty("completedAt").GetString(), listed.GetProperty("completedAt").GetString());
    }

    private static void AssertUtc(JsonElement time)
    {
        var text = time.GetString();
        Assert.True(text is not null && text.EndsWith('Z'), $"'{text}' is not a UTC time");
    }
}

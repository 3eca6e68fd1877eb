using System.Net;

namespace NewsAnalysis.Api.Tests;

/// <summary>Posting, reading, listing, duplicates and deleting articles.</summary>
public sealed class ArticleLifecycleTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    [Fact]
    public async Task PostedArticle_IsReturnedWithLocation_AndBodyExactlyAsPosted()
    {
        var client = factory.CreateClient();
        var body = "  Zorvak Industries said on Monday that profits rose 12%.\r\n\n\"We are pleased\", said chief executive Maren Telloway.  ";
        var publishedAt = "2021-03-04T05:06:07+02:00";
        var response = await client.PostArticleAsync(new { title = "Profits rise", body, url = $"https://tests.example/{Guid.NewGuid():N}", source = "Test Wire", publishedAt });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location!.OriginalString);
        var fetched = await client.GetJsonAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(body, fetched.GetProperty("body").GetString());
        Assert.Equal("Test Wire", fetched.GetProperty("source").GetString());
        Assert.Equal(new DateTime(2021, 3, 4, 3, 6, 7, DateTimeKind.Utc), fetched.GetProperty("publishedAt").GetDateTime().ToUniversalTime());
        Assert.False(string.IsNullOrEmpty(fetched.GetProperty("extractorVersion").GetString()));
        var quote = Assert.Single(fetched.GetProperty("quotes").EnumerateArray());
        Assert.Equal("We are pleased", quote.GetProperty("text").GetString());
        Assert.Equal("Maren Telloway", quote.GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public async Task SameUrlAgain_Is409WithTheStoredArticlesLocation()
    {
        var client = factory.CreateClient();
        var url = $"https://tests.example/{Guid.NewGuid():N}";
        var first = await client.CreateArticleAsync("First", "Some text about Kalvin Oster.", url);
        var response = await client.PostArticleAsync(new { title = "Second", body = "Other text.", url });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"/api/articles/{first.GetProperty("id").GetInt32()}", response.Headers.Location!.OriginalString);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(first.GetProperty("id").GetInt32(), problem.GetProperty("existingArticleId").GetInt32());
    }

    [Fact]
    public async Task TwentyParallelPostsOfOneUrl_StoreExactlyOneArticle()
    {
        // Twenty at once are more than the analysis limit lets wait by default (2 running, 16 waiting); the race is
        // between the posts that get through, so here all of them may wait.
        using var roomy = factory.WithWebHostBuilder(builder => builder.UseSetting("Analysis:QueueLimit", "32"));
        var client = roomy.CreateClient();
        var marker = ApiClient.Unique("race");
        var url = $"https://tests.example/{marker}";
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.PostArticleAsync(new { title = $"{marker} {i}", body = $"{marker}: Pella Varnum said the vote was close.", url })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var stored = await client.GetJsonAsync($"/api/articles?q={marker}");
        Assert.Equal(1, stored.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_FiltersBySourceEntityAndDate_InThePagingShape()
    {
        var client = factory.CreateClient();
        var source = ApiClient.Unique("wire");
        var url1 = $"https://tests.example/{Guid.NewGuid():N}";
        var first = await client.PostArticleAsync(new { title = "Old", body = "Quinta Marlowe spoke in Lisbon.", url = url1, source, publishedAt = "2019-05-01T00:00:00Z" });
        var second = await client.PostArticleAsync(new { title = "New", body = "Nothing of note happened.", url = $"https://tests.example/{Guid.NewGuid():N}", source, publishedAt = "2022-05-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var bySource = await client.GetJsonAsync($"/api/articles?source={source}&pageSize=1&page=2");
        Assert.Equal(2, bySource.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, bySource.GetProperty("page").GetInt32());
        Assert.Equal(1, bySource.GetProperty("pageSize").GetInt32());
        Assert.Equal("Old", Assert.Single(bySource.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());

        var recent = await client.GetJsonAsync($"/api/articles?source={source}&from=2020-01-01T00:00:00Z");
        Assert.Equal("New", Assert.Single(recent.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());

        var lisbon = (await first.ReadJsonAsync()).GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Lisbon");
        var withLisbon = await client.GetJsonAsync($"/api/articles?source={source}&entityId={lisbon.GetProperty("id").GetInt32()}");
        Assert.Equal("Old", Assert.Single(withLisbon.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeletedArticle_IsGone_WithItsQuotes()
    {
        var client = factory.CreateClient();
        var marker = ApiClient.Unique("gone");
        var created = await client.CreateArticleAsync("To delete", $"\"{marker} is my word\", said Ostrid Velk.");
        var id = created.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/articles/{id}")).StatusCode);
        var quotes = await client.GetJsonAsync($"/api/quotes?q={marker}");
        Assert.Equal(0, quotes.GetProperty("totalCount").GetInt32());
        var people = await client.GetJsonAsync("/api/entities?q=Ostrid Velk");
        Assert.Equal(0, people.GetProperty("totalCount").GetInt32());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Two API processes on one PostgreSQL database, started at the same moment, as replicas behind a load
/// balancer: migrations do not race, a url is stored once, a new person becomes one entity. Runs when
/// NEWSANALYSIS_TEST_POSTGRES is set (CI sets it); elsewhere they are reported as skipped.
/// </summary>
public sealed class ReplicaTests : IAsyncLifetime
{
    private readonly string? _server = Environment.GetEnvironmentVariable(NewsApiFactory.PostgresVariable);
    private readonly string _database = $"newsanalysis_replicas_{Guid.NewGuid():N}";
    private ApiReplica? _first;
    private ApiReplica? _second;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        var connection = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        _first = ApiReplica.Start("Postgres", connection);
        _second = ApiReplica.Start("Postgres", connection);
        await Task.WhenAll(_first.WaitUntilReadyAsync(), _second.WaitUntilReadyAsync());
    }

    public async Task DisposeAsync()
    {
        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (!string.IsNullOrWhiteSpace(_server))
        {
            NewsApiFactory.DropPostgresDatabase(_server, _database);
        }
    }

    [PostgresFact]
    public async Task SameUrlPostedToBothReplicasAtOnce_IsStoredOnce()
    {
        var url = $"https://tests.example/{Guid.NewGuid():N}";
        var posts = Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? _first! : _second!).Client.PostAsJsonAsync(
            "/api/articles", new { title = $"Race {i}", body = "Officials said the bridge would reopen on Monday.", url }));
        var responses = await Task.WhenAll(posts);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var ids = new HashSet<int>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await response.ReadJsonAsync();
            ids.Add(problem.GetProperty("existingArticleId").GetInt32());
        }

        Assert.Single(ids);
    }

    [PostgresFact]
    public async Task NewPersonNamedInTwoArticlesAtOnce_BecomesOneEntity()
    {
        var surname = "Quorvath" + Guid.NewGuid().ToString("N")[..6];
        var name = $"Elina {surname}";
        var bodies = Enumerable.Range(0, 6).Select(i => $"Senator {name} said on day {i} that the vote would pass.").ToList();
        var responses = await Task.WhenAll(bodies.Select((body, i) => (i % 2 == 0 ? _first! : _second!).Client.PostAsJsonAsync(
            "/api/articles", new { title = $"Vote {i}", body, url = $"https://tests.example/{Guid.NewGuid():N}" })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        var ids = new HashSet<int>();
        foreach (var response in responses)
        {
            var article = await response.ReadJsonAsync();
            ids.Add(article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt32());
        }

        var id = Assert.Single(ids);
        var entity = await _second!.Client.GetFromJsonAsync<JsonElement>($"/api/entities/{id}");
        Assert.Equal(6, entity.GetProperty("articleCount").GetInt32());
        var search = await _first!.Client.GetFromJsonAsync<JsonElement>($"/api/entities?q={surname}");
        Assert.Equal(1, search.GetProperty("totalCount").GetInt32());
    }

    [PostgresFact]
    public async Task SurnameNamedOnBothReplicasAtOnce_JoinsThePersonItStandsFor_AndTheJoinIsRecordedOnce()
    {
        const string surname = "Quelmarodi";
        var name = $"Barack {surname}";
        var full = $"{name} arrived in Oslo on Monday." + string.Concat(Enumerable.Range(0, 10).Select(i => $" \"Point {i} matters,\" {surname} said."));
        var first = await _first!.Client.PostAsJsonAsync("/api/articles", new { title = name, body = full, url = $"https://tests.example/{Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var person = (await first.ReadJsonAsync()).GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? _first : _second!).Client.PostAsJsonAsync(
            "/api/articles",
            new { title = $"Speech {i}", body = $"\"Point {i} is settled,\" {surname} told the crowd.", url = $"https://tests.example/{Guid.NewGuid():N}" })));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var entity = Assert.Single((await response.ReadJsonAsync()).GetProperty("entities").EnumerateArray());
            Assert.Equal(person, entity.GetProperty("id").GetInt32());
        }

        var detail = await _second!.Client.GetFromJsonAsync<JsonElement>($"/api/entities/{person}");
        var link = Assert.Single(detail.GetProperty("links").EnumerateArray());
        Assert.Equal(surname, link.GetProperty("name").GetString());
    }
}

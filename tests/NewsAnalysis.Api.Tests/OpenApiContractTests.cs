using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The OpenAPI document is a contract a client can generate code from: Spectral's OpenAPI rules pass, every operation
/// has a unique id and a summary, examples have their parameters' types, and the answers of every endpoint fit the
/// schemas the document gives for them.
/// </summary>
public sealed class OpenApiContractTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private const string Json = "application/json";
    private const string Problem = "application/problem+json";

    [SpectralFact]
    public async Task Spectral_FindsNoErrorsAndAtMostFiveWarnings()
    {
        var document = Path.Combine(Path.GetTempPath(), $"newsanalysis-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        try
        {
            var start = new ProcessStartInfo(SpectralFactAttribute.Executable()!)
            {
                ArgumentList = { "lint", document, "--ruleset", RepositoryFiles.Root(".spectral.yaml"), "--format", "json", "--quiet" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var spectral = Process.Start(start)!;
            var output = await spectral.StandardOutput.ReadToEndAsync();
            var errorOutput = await spectral.StandardError.ReadToEndAsync();
            await spectral.WaitForExitAsync();

            var json = output[..(output.LastIndexOf(']') + 1)];
            Assert.True(json.StartsWith('['), $"spectral printed no results: {output} {errorOutput}");
            var results = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
            var errors = results.Where(r => r.GetProperty("severity").GetInt32() == 0).Select(r => r.ToString()).ToList();
            var warnings = results.Where(r => r.GetProperty("severity").GetInt32() == 1).Select(r => r.ToString()).ToList();
            Assert.True(errors.Count == 0, "Spectral errors:\n" + string.Join('\n', errors));
            Assert.True(warnings.Count <= 5, $"{warnings.Count} Spectral warnings:\n" + string.Join('\n', warnings));
        }
        finally
        {
            File.Delete(document);
        }
    }

    [Fact]
    public async Task EveryOperation_HasAUniqueId_ASummary_AndTypedExamples()
    {
        var document = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");
        var ids = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                Assert.True(operation.Value.TryGetProperty("operationId", out var id), $"{where} has no operationId");
                ids.Add(id.GetString()!);
                Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), $"{where} has no summary");
                foreach (var parameter in operation.Value.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
                {
                    var name = parameter.GetProperty("name").GetString();
                    Assert.NotEqual("Skip", name);
                    if (parameter.TryGetProperty("example", out var example))
                    {
                        var type = parameter.GetProperty("schema").GetProperty("type").GetString();
                        var expected = type switch
                        {
                            "integer" or "number" => JsonValueKind.Number,
                            "boolean" => example.ValueKind is JsonValueKind.True or JsonValueKind.False ? example.ValueKind : JsonValueKind.True,
                            _ => JsonValueKind.String,
                        };
                        Assert.True(expected == example.ValueKind, $"{where}: the example of {name} is a {example.ValueKind}, its schema says {type}");
                    }
                }
            }
        }

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task AnswersOfEveryEndpoint_FitTheDocumentsSchemas()
    {
        var client = factory.CreateClient();
        var validator = new OpenApiSchemaValidator(await client.GetJsonAsync("/swagger/v1/swagger.json"));
        var errors = new List<string>();

        async Task<JsonElement> Send(HttpMethod method, string url, string route, object? body = null)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var schema = validator.ResponseSchema(route, method.Method, status, mediaType ?? Json);
            if (schema is null)
            {
                errors.Add($"{method} {url} answered {status} {mediaType}, which the document does not list");
                return default;
            }

            if (schema.Value.ValueKind == JsonValueKind.Undefined)
            {
                if (status != (int)HttpStatusCode.NoContent)
                {
                    errors.Add($"{method} {url} answered {status} with {mediaType}; the document gives no content");
                }

                return default;
            }

            if (mediaType == "text/csv")
            {
                // A CSV answer is documented as a string; it must start with its header row.
                var csv = await response.Content.ReadAsStringAsync();
                if (!schema.Value.TryGetProperty("type", out var type) || type.GetString() != "string" || !csv.StartsWith("id,", StringComparison.Ordinal) && !csv.StartsWith("kind,", StringComparison.Ordinal))
                {
                    errors.Add($"{method} {url} answered CSV that does not fit the document: {csv[..Math.Min(80, csv.Length)]}");
                }

                return default;
            }

            var value = await response.ReadJsonAsync();
            errors.AddRange(validator.Check(value, schema.Value).Select(e => $"{method} {url} {status}: {e}"));
            return value;
        }

        var marker = ApiClient.Unique("contract");
        var article = await Send(HttpMethod.Post, "/api/articles", "/api/articles", new
        {
            title = $"{marker} Putin and Tillerson meet",
            body = "Russian President Vladimir Putin met U.S. Secretary of State Rex Tillerson in Moscow on Wednesday. "
                + "\"Trust has eroded,\" Putin said. The United States, Britain and France have blamed the Syrian government. "
                + $"The strike destroyed 20 aircraft, the Pentagon said. {marker}",
            url = $"https://contract.example/{marker}",
            publishedAt = "2017-04-12T10:00:00Z",
        });
        var id = article.GetProperty("id").GetInt32();
        var person = article.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("type").GetString() == "Person").GetProperty("id").GetInt32();
        var quote = article.GetProperty("quotes")[0].GetProperty("id").GetInt32();
        var claim = article.GetProperty("claims")[0].GetProperty("id").GetInt32();

        await Send(HttpMethod.Get, "/api/access", "/api/access");
        await Send(HttpMethod.Get, $"/api/articles/{id}", "/api/articles/{id}");
        await Send(HttpMethod.Get, "/api/articles/999999999", "/api/articles/{id}");
        await Send(HttpMethod.Get, $"/api/articles?q={marker}&pageSize=5", "/api/articles");
        await Send(HttpMethod.Get, "/api/articles?pageSize=1000", "/api/articles");
        await Send(HttpMethod.Post, "/api/articles", "/api/articles", new { title = "", body = "" });
        await Send(HttpMethod.Get, $"/api/quotes?articleId={id}", "/api/quotes");
        await Send(HttpMethod.Get, $"/api/quotes?articleId={id}&format=csv", "/api/quotes");
        await Send(HttpMethod.Get, $"/api/claims?articleId={id}&format=csv", "/api/claims");
        await Send(HttpMethod.Get, $"/api/articles?q={marker}&format=csv", "/api/articles");
        await Send(HttpMethod.Get, "/api/entities?q=Putin&format=csv", "/api/entities");
        await Send(HttpMethod.Get, $"/api/articles/{id}?format=csv", "/api/articles/{id}");
        await Send(HttpMethod.Get, $"/api/articles/{id}?format=xml", "/api/articles/{id}");
        await Send(HttpMethod.Get, $"/api/stats/timeline?entityId={person}&interval=week", "/api/stats/timeline");
        await Send(HttpMethod.Get, "/api/stats/timeline?kind=nothing", "/api/stats/timeline");
        await Send(HttpMethod.Get, "/api/stats/sources?from=2017-01-01T00:00:00Z", "/api/stats/sources");
        await Send(HttpMethod.Get, "/api/stats/top-speakers?limit=5&type=Person", "/api/stats/top-speakers");
        await Send(HttpMethod.Get, $"/api/claims?articleId={id}&sort=checkworthiness", "/api/claims");
        await Send(HttpMethod.Get, "/api/claims/disagreements?pageSize=5", "/api/claims/disagreements");
        await Send(HttpMethod.Get, $"/api/entities?q=Putin", "/api/entities");
        await Send(HttpMethod.Get, $"/api/entities/{person}", "/api/entities/{id}");
        await Send(HttpMethod.Get, $"/api/entities/{person}/quotes", "/api/entities/{id}/quotes");
        await Send(HttpMethod.Get, $"/api/entities/{person}/claims", "/api/entities/{id}/claims");
        await Send(HttpMethod.Put, $"/api/quotes/{quote}/speaker", "/api/quotes/{id}/speaker", new { entityId = person });
        await Send(HttpMethod.Delete, $"/api/quotes/{quote}/speaker", "/api/quotes/{id}/speaker");
        await Send(HttpMethod.Put, $"/api/claims/{claim}/claimant", "/api/claims/{id}/claimant", new { entityId = person });
        await Send(HttpMethod.Delete, $"/api/claims/{claim}/claimant", "/api/claims/{id}/claimant");
        await Send(HttpMethod.Patch, $"/api/entities/{person}", "/api/entities/{id}", new { name = $"{marker} Person" });
        await Send(HttpMethod.Get, "/api/corrections?pageSize=5", "/api/corrections");
        var job = await Send(HttpMethod.Post, "/api/articles/batch", "/api/articles/batch", new
        {
            articles = new[] { new { title = $"{marker} batch", body = "The mayor said the bridge would reopen.", url = $"https://contract.example/{marker}/b" } },
        });
        var jobId = job.GetProperty("id").GetInt32();
        await client.WaitForJobAsync(jobId);
        await Send(HttpMethod.Get, $"/api/jobs/{jobId}", "/api/jobs/{id}");
        await Send(HttpMethod.Get, "/api/jobs?pageSize=5", "/api/jobs");
        await Send(HttpMethod.Post, $"/api/jobs/{jobId}/cancel", "/api/jobs/{id}/cancel");
        await Send(HttpMethod.Delete, $"/api/jobs/{jobId}", "/api/jobs/{id}");
        var feed = await Send(HttpMethod.Post, "/api/feeds", "/api/feeds", new { url = $"https://contract.example/{marker}/feed.xml", pollMinutes = 60 });
        var feedId = feed.GetProperty("id").GetInt32();
        await Send(HttpMethod.Post, "/api/feeds", "/api/feeds", new { url = "ftp://contract.example/feed", pollMinutes = 1 });
        await Send(HttpMethod.Get, "/api/feeds?pageSize=5", "/api/feeds");
        await Send(HttpMethod.Get, $"/api/feeds/{feedId}", "/api/feeds/{id}");
        await Send(HttpMethod.Get, "/api/feeds/999999999", "/api/feeds/{id}");
        await Send(HttpMethod.Delete, $"/api/feeds/{feedId}", "/api/feeds/{id}");
        await Send(HttpMethod.Delete, $"/api/articles/{id}", "/api/articles/{id}");

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}

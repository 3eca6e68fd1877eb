using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Random bad input for every endpoint, as a broken or hostile client sends it: values of every JSON kind where a field
/// is expected, lone surrogates, huge numbers, overlong strings, bodies that are not JSON, odd ids in paths and random
/// query strings. Whatever comes, the API answers within a minute, never with a 5xx, and an article it refuses is not
/// stored in part.
/// </summary>
public sealed class FuzzTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    private const int Iterations = 120;

    /// <summary>Any character, lone surrogates and control characters included.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String[0, 40],
        Gen.Char['\0', '\uffff'].Array[0, 30].Select(chars => new string(chars)),
        Gen.OneOf("", " ", "\uD800", "\uDC00x", "null", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "../../etc/passwd", "http://", "https://127.0.0.1/", "9999-99-99", "2017-04-12T10:00:00Z"),
        Gen.Int[490_000, 600_000].Select(n => new string('x', n)));

    /// <summary>A JSON value of any kind, as JSON text: what arrives where a string, a number or an object belongs.</summary>
    private static readonly Gen<string> AnyValue = Gen.Frequency(
        (1, Gen.Const("null")),
        (1, Gen.OneOf("true", "false")),
        (2, Gen.OneOf(Gen.Int, Gen.Int[-2, 3]).Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("9223372036854775807", "-9223372036854775808", "1e400", "0.5", "-1e308", "5E-324", "1.0", "-0")),
        (4, AnyText.Select(Quoted)),
        (1, AnyText.Array[0, 3].Select(items => "[" + string.Join(',', items.Select(Quoted)) + "]")),
        (1, AnyText.Select(text => "{\"x\":" + Quoted(text) + "}")));

    private static readonly string[] ArticleFields = ["body", "url", "source", "author", "publishedAt", "html"];

    /// <summary>
    /// The members of an object with some of the given fields, each with any value, and now and then one it does not
    /// know, as JSON text without the braces; or, now and then, a body that is not such an object at all (null).
    /// </summary>
    private static Gen<string?> AnyMembers(params string[] fields) =>
        Gen.Frequency(
            (9, Gen.Select(AnyValue.Array[fields.Length], Gen.Bool.Array[fields.Length], Gen.Bool, (values, present, extra) =>
            {
                var members = fields.Select((field, i) => present[i] ? $"\"{field}\":{values[i]}" : null).OfType<string>().ToList();
                if (extra)
                {
                    members.Add("\"unexpected\":1");
                }

                return (string?)string.Join(',', members);
            })),
            (1, Gen.Const<string?>((string?)null)));

    private static Gen<string> AnyObject(params string[] fields) =>
        Gen.Select(AnyMembers(fields), Gen.OneOf(Gen.OneOf("{", "[]", "null", "{\"a\":", "\"text\"", "{\"body\": \"\\uD800\"}", "{} {}"), AnyText),
            (members, notAnObject) => members is null ? notAnObject : "{" + members + "}");

    [Fact]
    public async Task ArticlePosts_AreAnsweredBelow500_AndARefusedArticleIsNotStored()
    {
        var client = Client();
        await AnyMembers(ArticleFields).SampleAsync(
            async members =>
            {
                // The title is a word of its own, so that a refused article can be looked for afterwards.
                var marker = ApiClient.Unique("fuzz");
                var json = members is null ? marker : $"{{\"title\":\"{marker}\"{(members.Length > 0 ? "," : "")}{members}}}";
                var status = await SendAsync(client, HttpMethod.Post, "/api/articles", json);
                if (status != HttpStatusCode.Created)
                {
                    var found = await client.GetJsonAsync($"/api/articles?q={marker}");
                    Assert.True(found.GetProperty("totalCount").GetInt32() == 0, $"refused with {status} but stored: {Shown(json)}");
                }
            },
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public async Task Writes_AreAnsweredBelow500()
    {
        var client = Client();
        var target = await client.CreateArticleAsync("Fuzz target", "\"We will not stop\", Mayor Ilse Warden said on Monday. Officials said the bridge cost 40 million dollars.");
        var entity = target.GetProperty("entities")[0].GetProperty("id").GetInt32();
        var quote = target.GetProperty("quotes")[0].GetProperty("id").GetInt32();
        var claim = target.GetProperty("claims")[0].GetProperty("id").GetInt32();
        var writes = Gen.OneOf(
            AnyObject("articles").Select(b => (HttpMethod.Post, "/api/articles/batch", b)),
            AnyObject("name", "type").Select(b => (HttpMethod.Patch, $"/api/entities/{entity}", b)),
            AnyObject("into").Select(b => (HttpMethod.Post, $"/api/entities/{entity}/merge", b)),
            AnyObject("alias").Select(b => (HttpMethod.Post, $"/api/entities/{entity}/split", b)),
            AnyObject("entityId").Select(b => (HttpMethod.Put, $"/api/quotes/{quote}/speaker", b)),
            AnyObject("entityId").Select(b => (HttpMethod.Put, $"/api/claims/{claim}/claimant", b)),
            AnyObject("url", "pollMinutes").Select(b => (HttpMethod.Post, "/api/feeds", b)));
        await writes.SampleAsync(async write => await SendAsync(client, write.Item1, write.Item2, write.Item3), iter: Iterations, threads: 1);
    }

    [Fact]
    public async Task Reads_WithAnyPathAndQuery_AreAnsweredBelow500()
    {
        var client = Client();
        var paths = Gen.OneOf(
            "/api/articles", "/api/quotes", "/api/claims", "/api/claims/disagreements", "/api/entities", "/api/jobs", "/api/corrections",
            "/api/feeds", "/api/articles/{}", "/api/entities/{}", "/api/entities/{}/quotes", "/api/entities/{}/claims", "/api/jobs/{}", "/api/feeds/{}");
        var ids = Gen.OneOf(Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)), Gen.OneOf("0", "-1", "99999999999", "abc", "1.5", "%25", "%F0%9F%98%80"));
        var names = Gen.OneOf("page", "pageSize", "q", "type", "sort", "from", "to", "status", "entityId", "speakerId", "claimantId", "articleId", "hasQuantity", "minCheckWorthiness", "source", "skip", "page[0]");
        var parameters = Gen.Select(names, AnyText.Select(v => v.Length > 2000 ? v[..2000] : v), (name, value) => $"{name}={Uri.EscapeDataString(ValidUtf16(value))}").Array[0, 4];
        var requests = Gen.Select(paths, ids, parameters, (path, id, query) => path.Replace("{}", id, StringComparison.Ordinal) + "?" + string.Join('&', query));
        await requests.SampleAsync(async url => await SendAsync(client, HttpMethod.Get, url, null), iter: Iterations * 2, threads: 1);
    }

    private HttpClient Client()
    {
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(1);
        return client;
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string url, string? body)
    {
        using var request = new HttpRequestMessage(method, url)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode < 500, $"{method} {url} answered {(int)response.StatusCode} to {Shown(body)}: {await response.Content.ReadAsStringAsync()}");
        return response.StatusCode;
    }

    /// <summary>A JSON string of any text: lone surrogates and control characters written as \\u escapes.</summary>
    private static string Quoted(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c))
            {
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }

    /// <summary>Uri.EscapeDataString refuses lone surrogates; a query string cannot carry them anyway.</summary>
    private static string ValidUtf16(string value) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));

    private static string Shown(string? body) => body is null ? "(no body)" : body.Length <= 300 ? body : body[..300] + $"… ({body.Length:N0} characters)";
}

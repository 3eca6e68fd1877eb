using System.Net;
using System.Net.Http.Headers;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Tests;

/// <summary>Lists and one article's analysis as CSV: negotiation, RFC 4180 quoting, formula cells neutralised, every page.</summary>
public sealed class CsvExportTests(NewsApiFactory factory) : IClassFixture<NewsApiFactory>
{
    /// <summary>A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && row.Count == 0, "The CSV ends with CRLF.");
        return rows;
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 20 555", "'+31 20 555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a, \"b\"", "\"a, \"\"b\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("plain", "plain")]
    public void Cell_QuotesAndNeutralises(string text, string expected) => Assert.Equal(expected, CsvWriter.Cell(text));

    [Fact]
    public void Cell_WritesNumbersAndTimesInvariant()
    {
        Assert.Equal("-1.5", CsvWriter.Cell(-1.5));
        Assert.Equal("2017-04-12T10:00:00Z", CsvWriter.Cell(new DateTime(2017, 4, 12, 10, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("", CsvWriter.Cell(null));
    }

    [Fact]
    public async Task QuoteList_AsCsv_ByFormatOrAccept_HoldsEveryMatch_WithFormulasNeutralised()
    {
        var client = factory.CreateClient();
        var word = ApiClient.Unique("zv");
        for (var i = 0; i < 105; i++)
        {
            await client.CreateArticleAsync($"Votes {i}", $"\"=SUM(A1) and {word}, number {i}, is counted,\" said Ilse Warden.");
        }

        using var byFormat = await client.GetAsync($"/api/quotes?q={word}&format=csv&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, byFormat.StatusCode);
        Assert.Equal("text/csv", byFormat.Content.Headers.ContentType?.MediaType);
        Assert.Equal("quotes.csv", byFormat.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("105", byFormat.Headers.GetValues("X-Total-Count").Single());
        var rows = Parse(await byFormat.Content.ReadAsStringAsync());
        Assert.Equal(StatementCsvHeader, rows[0]);
        Assert.Equal(106, rows.Count);
        Assert.All(rows.Skip(1), r =>
        {
            Assert.StartsWith("'=SUM(A1) and", r[1], StringComparison.Ordinal);
            Assert.Equal("Ilse Warden", r[2]);
        });
        Assert.Equal(105, rows.Skip(1).Select(r => r[0]).Distinct().Count());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/quotes?q={word}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var byAccept = await client.SendAsync(request);
        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType?.MediaType);
        Assert.Equal(106, Parse(await byAccept.Content.ReadAsStringAsync()).Count);

        var json = await client.GetJsonAsync($"/api/quotes?q={word}&format=json&pageSize=5");
        Assert.Equal(5, json.GetProperty("items").GetArrayLength());
    }

    private static readonly List<string> StatementCsvHeader =
        ["id", "text", "speaker", "speakerEntityId", "speakerWords", "cue", "articleId", "articleTitle", "publishedAt", "start", "end"];

    [Fact]
    public async Task ArticlesClaimsAndEntities_AsCsv_KeepTheFilters()
    {
        var client = factory.CreateClient();
        var word = ApiClient.Unique("zw");
        await client.CreateArticleAsync($"Tunnel {word}", $"Officials said that the {word} tunnel cost 40 million dollars, Omar Haddad said.");
        await client.CreateArticleAsync("Unrelated", "Nothing to see here.");

        var articles = Parse(await client.GetStringAsync($"/api/articles?q={word}&format=csv"));
        Assert.Equal("title", articles[0][1]);
        Assert.Equal($"Tunnel {word}", Assert.Single(articles.Skip(1))[1]);

        var claims = Parse(await client.GetStringAsync($"/api/claims?q={word}&format=csv"));
        Assert.Equal("checkWorthiness", claims[0][6]);
        Assert.Contains(claims.Skip(1), r => r[7].Contains("40 million dollars", StringComparison.Ordinal));

        var entities = Parse(await client.GetStringAsync("/api/entities?q=Omar%20Haddad&format=csv"));
        Assert.Contains(entities.Skip(1), r => r[1] == "Omar Haddad" && r[2] == "Person");
    }

    [Fact]
    public async Task ArticleAnalysis_AsCsv_HasARowPerMentionQuoteAndClaim_InTextOrder()
    {
        var client = factory.CreateClient();
        var article = await client.CreateArticleAsync("Bridge", "\"The bridge will open in May,\" said Ilse Warden. Officials said that the tunnel cost 40 million dollars.");
        var id = article.GetProperty("id").GetInt32();

        using var response = await client.GetAsync($"/api/articles/{id}?format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = Parse(await response.Content.ReadAsStringAsync());
        var expected = article.GetProperty("entities").EnumerateArray().Sum(e => e.GetProperty("mentions").GetArrayLength())
            + article.GetProperty("quotes").GetArrayLength() + article.GetProperty("claims").GetArrayLength();
        Assert.Equal(expected + 1, rows.Count);
        Assert.Contains(rows, r => r[0] == "quote" && r[6] == "Ilse Warden");
        Assert.Contains(rows, r => r[0] == "claim" && r[10].Contains("40 million dollars", StringComparison.Ordinal));
        var starts = rows.Skip(1).Select(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.Order().ToList(), starts);
    }

    [Theory]
    [InlineData("/api/quotes?format=xml")]
    [InlineData("/api/articles?format=pdf")]
    [InlineData("/api/articles/1?format=xlsx")]
    public async Task UnknownFormat_Answers400NamingFormat(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.Equals("format", StringComparison.OrdinalIgnoreCase));
    }
}

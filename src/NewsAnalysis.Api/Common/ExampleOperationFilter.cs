using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsAnalysis.Api.Common;

/// <summary>Puts a ready-to-send example into every operation of Swagger UI.</summary>
public sealed class ExampleOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, string> ParameterExamples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "1",
        ["page"] = "1",
        ["pageSize"] = "20",
        ["q"] = "Syria",
        ["type"] = "Person",
        ["sort"] = "mentions",
        ["entityId"] = "1",
        ["speakerId"] = "1",
        ["claimantId"] = "1",
        ["articleId"] = "1",
        ["hasQuantity"] = "true",
        ["minCheckWorthiness"] = "0.5",
        ["source"] = "Reuters",
        ["from"] = "2017-01-01T00:00:00Z",
        ["to"] = "2030-01-01T00:00:00Z",
        ["status"] = "completed",
        ["format"] = "json",
        ["kind"] = "quotes",
        ["interval"] = "month",
        ["limit"] = "10",
        ["speaker"] = "Putin",
        ["claimant"] = "Pentagon",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter concrete && ParameterExamples.TryGetValue(concrete.Name ?? "", out var example))
            {
                concrete.Example = Typed(example, concrete.Schema?.Type);
            }
        }

        if (operation.RequestBody?.Content is { } content
            && content.TryGetValue("application/json", out var media) && media is OpenApiMediaType json
            && ExampleBody(context.ApiDescription.HttpMethod, context.ApiDescription.RelativePath ?? "") is { } body)
        {
            json.Example = body;
        }
    }

    /// <summary>The example as the JSON value its parameter's schema calls for: 20, not "20".</summary>
    private static JsonValue Typed(string example, JsonSchemaType? type) => type switch
    {
        { } t when t.HasFlag(JsonSchemaType.Integer) => JsonValue.Create(long.Parse(example, CultureInfo.InvariantCulture)),
        { } t when t.HasFlag(JsonSchemaType.Number) => JsonValue.Create(double.Parse(example, CultureInfo.InvariantCulture)),
        { } t when t.HasFlag(JsonSchemaType.Boolean) => JsonValue.Create(bool.Parse(example)),
        _ => JsonValue.Create(example),
    };

    private static JsonObject? ExampleBody(string? method, string path) => (method, path) switch
    {
        ("POST", "api/articles") => ExampleArticle(),
        ("POST", "api/articles/batch") => new JsonObject
        {
            ["articles"] = new JsonArray(
                ExampleArticle(),
                new JsonObject
                {
                    ["title"] = "Port strike ends",
                    ["body"] = "Dock workers in Rotterdam returned to work on Friday, the union said.",
                    ["url"] = "https://example.com/news/port-strike",
                },
                new JsonObject
                {
                    ["html"] = "<!DOCTYPE html><html lang=\"en\"><head><title>Port reopens | Example Wire</title></head><body><nav><a href=\"/\">Home</a></nav>"
                        + "<article><h1>Port reopens</h1><p>The port of Rotterdam reopened on Saturday after a two-day strike, and the first ships were unloaded by noon.</p>"
                        + "<p>\"We are glad to be back\", said union leader Marit Jansen, who added that talks on pay would go on next week.</p></article></body></html>",
                    ["url"] = "https://example.com/news/port-reopens",
                }),
        },
        ("POST", "api/feeds") => new JsonObject { ["url"] = "https://example.com/news/rss.xml", ["pollMinutes"] = 30 },
        ("POST", _) when path.EndsWith("/merge", StringComparison.Ordinal) => new JsonObject { ["into"] = 2 },
        ("POST", _) when path.EndsWith("/split", StringComparison.Ordinal) => new JsonObject { ["alias"] = "Obama" },
        ("PATCH", _) when path.StartsWith("api/entities/", StringComparison.Ordinal) => new JsonObject { ["name"] = "Barack Obama", ["type"] = "Person" },
        ("PUT", _) => new JsonObject { ["entityId"] = 1 },
        _ => null,
    };

    private static JsonObject ExampleArticle() => new()
    {
        ["title"] = "Putin says trust erodes under Trump",
        ["body"] = "Russian President Vladimir Putin met with U.S. Secretary of State Rex Tillerson at the Kremlin. \"We don't want a new Cold War\", Putin said. The US claims the strike destroyed 20% of Syria's operational aircraft.",
        ["url"] = "https://example.com/news/putin-tillerson",
        ["source"] = "Example Wire",
        ["author"] = "Julie Sanders",
        ["publishedAt"] = "2017-04-12T10:00:00Z",
    };
}

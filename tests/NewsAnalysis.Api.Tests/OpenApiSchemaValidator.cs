using System.Text.Json;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Checks a JSON value against a schema of the API's OpenAPI 3.0 document: type, format date-time, nullable,
/// required, properties with additionalProperties false, items, enum, allOf and $ref. Enough for what Swashbuckle writes;
/// anything else in a schema fails the check, so that an unread keyword cannot pass silently.
/// </summary>
internal sealed class OpenApiSchemaValidator(JsonElement document)
{
    private static readonly HashSet<string> Understood =
    [
        "type", "format", "nullable", "required", "properties", "additionalProperties", "items", "enum", "$ref", "allOf",
        "description", "example", "minimum", "maximum", "minLength", "maxLength", "pattern", "readOnly",
    ];

    /// <summary>Every place where <paramref name="value"/> breaks the schema, as "path: what"; empty when it fits.</summary>
    public List<string> Check(JsonElement value, JsonElement schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema, path, errors);
        return errors;
    }

    /// <summary>The schema of a response: its status's application/json or application/problem+json content.</summary>
    public JsonElement? ResponseSchema(string route, string method, int status, string mediaType)
    {
        if (!document.GetProperty("paths").TryGetProperty(route, out var item)
            || !item.TryGetProperty(method.ToLowerInvariant(), out var operation)
            || !operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
        {
            return null;
        }

        return response.TryGetProperty("content", out var content) && content.TryGetProperty(mediaType, out var media)
            ? media.GetProperty("schema")
            : default(JsonElement);
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/components/schemas/".Length..];
            Check(value, document.GetProperty("components").GetProperty("schemas").GetProperty(name), path, errors);
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Understood.Contains(keyword.Name))
            {
                errors.Add($"{path}: the validator does not read '{keyword.Name}'");
            }
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!(schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean()))
            {
                errors.Add($"{path}: null where the document says it cannot be");
            }

            return;
        }

        foreach (var part in schema.TryGetProperty("allOf", out var all) ? all.EnumerateArray() : default)
        {
            Check(value, part, path, errors);
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => c.ToString() == value.ToString()))
        {
            errors.Add($"{path}: {value} is not one of {choices}");
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return;
        }

        switch (type.GetString())
        {
            case "object":
                CheckObject(value, schema, path, errors);
                break;
            case "array" when value.ValueKind == JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, schema.GetProperty("items"), $"{path}[{i++}]", errors);
                }

                break;
            case "string" when value.ValueKind == JsonValueKind.String:
                if (schema.TryGetProperty("format", out var format) && format.GetString() == "date-time" && !value.TryGetDateTimeOffset(out _))
                {
                    errors.Add($"{path}: '{value.GetString()}' is not a date-time");
                }

                break;
            case "integer" when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _):
            case "number" when value.ValueKind == JsonValueKind.Number:
            case "boolean" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                break;
            default:
                errors.Add($"{path}: a {value.ValueKind} where the document says {type.GetString()}");
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: a {value.ValueKind} where the document says object");
            return;
        }

        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: required '{name}' is missing");
                }
            }
        }

        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{path}.{property.Name}", errors);
            }
            else if (closed)
            {
                errors.Add($"{path}: '{property.Name}' is not in the document");
            }
        }
    }
}

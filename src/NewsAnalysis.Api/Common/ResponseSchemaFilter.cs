using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// Marks every property of a response record as required: the API writes each of them, null ones included (its JSON
/// options ignore no property), so a client may rely on the key being there; whether the value may be null is said
/// by <c>nullable</c>, from the record's nullable annotations.
/// </summary>
public sealed class ResponseSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties || !IsResponse(context.Type))
        {
            return;
        }

        concrete.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in properties.Keys)
        {
            concrete.Required.Add(name);
        }
    }

    private static bool IsResponse(Type type) =>
        type.Namespace?.StartsWith("NewsAnalysis.Api", StringComparison.Ordinal) == true
        && (type.Name.EndsWith("Response", StringComparison.Ordinal) || type.Name.StartsWith("PagedResponse", StringComparison.Ordinal));
}

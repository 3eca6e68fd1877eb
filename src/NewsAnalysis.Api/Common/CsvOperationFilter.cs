using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsAnalysis.Api.Common;

/// <summary>Adds text/csv beside application/json to the 200 answer of every action marked <see cref="ProducesCsvAttribute"/>.</summary>
public sealed class CsvOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.MethodInfo.IsDefined(typeof(ProducesCsvAttribute), inherit: false)
            || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response)
        {
            return;
        }

        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        response.Content[CsvResult.MediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "RFC 4180 CSV with a header row, UTF-8. A text cell starting with =, +, -, @, a tab or CR starts with an apostrophe. "
                    + $"Sent for format=csv or Accept: text/csv; a list gives every match (at most {ExportQuery.MaxCsvRows:N0} rows; X-Total-Count says how many matched).",
            },
        };
    }
}

using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using NewsAnalysis.Api.Security;

namespace NewsAnalysis.Api.Common;

/// <summary>The OpenAPI document at <c>/swagger/v1/swagger.json</c> and Swagger UI at <c>/swagger</c>.</summary>
public static class ApiDocumentationExtensions
{
    /// <summary>Builds the document from the controllers, their XML summaries and <see cref="ExampleOperationFilter"/>.</summary>
    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "NewsAnalysis API",
                Version = "v1",
                Description = "Who is named, who said what, who claims what: in news articles.",
                Contact = new() { Name = "NewsAnalysis maintainers" },
            });
            options.AddServer(new() { Url = "/", Description = "This server" });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{typeof(ApiDocumentationExtensions).Assembly.GetName().Name}.xml"));
            options.SupportNonNullableReferenceTypes();
            // A nullable object property ("cue") can say so only beside an allOf: OpenAPI 3.0 ignores siblings of a $ref.
            options.UseAllOfToExtendReferenceSchemas();
            options.CustomOperationIds(OperationId);
            options.SchemaFilter<ResponseSchemaFilter>();
            options.OperationFilter<ExampleOperationFilter>();
            options.OperationFilter<CsvOperationFilter>();
            SecurityOperationFilter.AddSchemes(options);
        });
        return services;
    }

    /// <summary>
    /// "Articles_List", "Jobs_Cancel": the controller and the action, so that every operation has one stable,
    /// unique id that generated clients can name their methods after.
    /// </summary>
    private static string? OperationId(ApiDescription description) =>
        description.ActionDescriptor is ControllerActionDescriptor action
            ? $"{action.ControllerName}_{TrimSuffix(action.ActionName, "Async")}"
            : null;

    private static string TrimSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name;

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
        return app;
    }
}

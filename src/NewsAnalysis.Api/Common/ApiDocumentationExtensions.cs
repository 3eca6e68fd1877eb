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
            options.SwaggerDoc("v1", new() { Title = "NewsAnalysis API", Version = "v1", Description = "Who is named, who said what, who claims what: in news articles." });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{typeof(ApiDocumentationExtensions).Assembly.GetName().Name}.xml"));
            options.OperationFilter<ExampleOperationFilter>();
            SecurityOperationFilter.AddSchemes(options);
        });
        return services;
    }

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
        return app;
    }
}

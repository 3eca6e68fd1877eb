using System.Text.Json.Serialization;
using FluentValidation;

namespace NewsAnalysis.Api.Common;

/// <summary>Controllers whose requests are validated, and errors answered as RFC 9457 problem details.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Registers the controllers with the FluentValidation filter (every validator of this assembly), enums as
    /// strings in JSON, one 400 shape for binding and validation failures, and the exception handler.
    /// </summary>
    public static IServiceCollection AddValidationAndProblemDetails(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<FluentValidationFilter>(ServiceLifetime.Singleton);
        services.AddControllers(options => options.Filters.Add<FluentValidationFilter>())
            .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ValidationProblems.FromModelState);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    /// <summary>Unhandled exceptions and bare error status codes become problem details.</summary>
    public static WebApplication UseProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}

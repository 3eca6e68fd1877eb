using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace NewsAnalysis.Api.Common;

/// <summary>CORS for a browser frontend served from another origin (the one in wwwroot needs none).</summary>
public static class CorsExtensions
{
    /// <summary>Binds and checks <c>Cors:AllowedOrigins</c>, and makes them the default policy.</summary>
    public static IServiceCollection AddFrontendCors(this IServiceCollection services)
    {
        services.AddOptions<FrontendCorsOptions>()
            .BindConfiguration(FrontendCorsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<FrontendCorsOptions>>((cors, frontend) =>
            cors.AddDefaultPolicy(policy =>
                policy.WithOrigins(frontend.Value.AllowedOrigins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Location")));
        return services;
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Api.Security;

/// <summary>API keys and their scopes, rate limits, the cross-site write check and the security headers.</summary>
public static class SecurityExtensions
{
    /// <summary>Binds and checks <c>Access</c> and <c>RateLimits</c>, and registers the key scheme, the scope policies and the limiter.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>()
            .BindConfiguration(AccessOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ApiKeyStore>();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Read, policy => policy.AddRequirements(new ScopeRequirement(ApiKeyScope.Read)))
            .AddPolicy(AccessPolicies.Write, policy => policy.AddRequirements(new ScopeRequirement(ApiKeyScope.Write)))
            .AddPolicy(AccessPolicies.Admin, policy => policy.AddRequirements(new ScopeRequirement(ApiKeyScope.Admin)));
        services.AddScoped<IAuthorizationHandler, ScopeRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessDeniedResultHandler>();
        services.Configure<MvcOptions>(options => options.Conventions.Add(new ScopeByMethodConvention()));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().PostConfigure<IOptions<RateLimitOptions>>((limiter, limits) => ClientRateLimits.Configure(limiter, limits.Value));
        return services;
    }

    /// <summary>The security headers, on every answer: call first, so that errors and static files carry them too.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    /// <summary>
    /// Cross-site writes refused, then who sent the request (its key), then the rate limiter (the limits of that key or
    /// address, and the endpoints' own policies such as the analysis concurrency limit), then the scope the endpoint
    /// needs. After CORS, so that pre-flight requests are answered before any of this.
    /// </summary>
    public static WebApplication UseAccessControl(this WebApplication app)
    {
        app.UseMiddleware<CrossSiteWriteGuard>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Warns at start while no API key exists, since anyone who reaches the API can then change and delete data.</summary>
    public static async Task WarnIfOpenAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().AnyAsync(app.Lifetime.ApplicationStopping))
        {
            app.Logger.LogWarning(
                "No API key exists, so the API is open: anyone who reaches it can add, change and delete data. Create a key with {Command}",
                "dotnet run --project src/NewsAnalysis.Cli -- keys create --name NAME --scope admin");
        }
    }
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsAnalysis.Api.Articles;

/// <summary>
/// Bounds what analysis requests cost the process: ASP.NET Core's concurrency limiter lets
/// <see cref="AnalysisLimitOptions.MaxConcurrent"/> run with a bounded queue behind them, and its request timeouts
/// abandon one that takes too long. Both are policies that <see cref="ArticlesController"/> names on its action.
/// </summary>
public static class AnalysisLimitExtensions
{
    /// <summary>The name of the concurrency policy and of the timeout policy on analysis requests.</summary>
    public const string Policy = "analysis";

    /// <summary>Binds <c>Analysis</c> and registers the limiter and the timeout policy it configures.</summary>
    public static IServiceCollection AddAnalysisLimits(this IServiceCollection services)
    {
        services.AddOptions<AnalysisLimitOptions>()
            .BindConfiguration(AnalysisLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AnalysisLimitOptions>>((options, limits) =>
        {
            var settings = limits.Value;
            options.AddPolicy(Policy, _ => RateLimitPartition.GetConcurrencyLimiter(Policy, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = settings.MaxConcurrent,
                QueueLimit = settings.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            options.OnRejected = (context, cancellationToken) => WriteProblemAsync(
                context.HttpContext,
                StatusCodes.Status503ServiceUnavailable,
                "Too many analyses are running; try again later.",
                $"{settings.MaxConcurrent} analyses run at once and {settings.QueueLimit} more may wait; both are taken.",
                settings.RetryAfterSeconds);
        });

        services.AddRequestTimeouts(_ => { });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<AnalysisLimitOptions>>((options, limits) =>
        {
            var settings = limits.Value;
            options.AddPolicy(Policy, new RequestTimeoutPolicy
            {
                Timeout = settings.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                WriteTimeoutResponse = context => WriteProblemAsync(
                    context,
                    StatusCodes.Status504GatewayTimeout,
                    "The analysis took too long.",
                    $"An analysis request may take {settings.RequestTimeout.TotalSeconds:0.#} s; nothing was stored.",
                    retryAfterSeconds: null).AsTask(),
            });
        });
        return services;
    }

    /// <summary>
    /// The timeouts, for the endpoints that name their policy; first, so that a wait in the limiter's queue counts. The
    /// limiter middleware that applies the concurrency policy runs once, in <c>UseAccessControl</c> (Security/), after
    /// the request's API key is known, since its per-client limits partition by key.
    /// </summary>
    public static WebApplication UseAnalysisLimits(this WebApplication app)
    {
        app.UseRequestTimeouts();
        return app;
    }

    private static async ValueTask WriteProblemAsync(HttpContext context, int status, string title, string detail, int? retryAfterSeconds)
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}

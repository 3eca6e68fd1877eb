using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// The global rate limiter: a fixed one-minute window of <see cref="RateLimitOptions.RequestsPerMinute"/> for every
/// request and, chained to it, one of <see cref="RateLimitOptions.WritesPerMinute"/> for writes. A request with a
/// valid key counts against that key, any other against its client address; health probes are not counted.
/// Its rejections are told from the concurrency limiter's by their Retry-After: a window's lease always has one, a
/// concurrency lease never.
/// </summary>
public static class ClientRateLimits
{
    /// <summary>
    /// Sets the global limiter and answers its rejections with 429; any other rejection (the analysis concurrency policy
    /// of Articles/) goes to the handler configured before. Call as a post-configuration, after every other one.
    /// </summary>
    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        var other = limiter.OnRejected;
        limiter.OnRejected = (rejected, cancellationToken) =>
            other is null || rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out _)
                ? RejectAsync(rejected, cancellationToken)
                : other(rejected, cancellationToken);
        if (!limits.Enabled)
        {
            return;
        }

        var all = PartitionedRateLimiter.Create<HttpContext, string>(context => IsCounted(context)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => Window(limits.RequestsPerMinute))
            : RateLimitPartition.GetNoLimiter(""));
        var writes = PartitionedRateLimiter.Create<HttpContext, string>(context => IsCounted(context) && IsWrite(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => Window(limits.WritesPerMinute))
            : RateLimitPartition.GetNoLimiter(""));
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(all, writes);
    }

    /// <summary>The partition: <c>key:ID</c> for a valid key, else <c>ip:ADDRESS</c>.</summary>
    public static string ClientOf(HttpContext context) =>
        ApiKeyClaims.KeyIdOf(context.User) is { } keyId
            ? "key:" + keyId
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static bool IsCounted(HttpContext context) => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var who = ApiKeyClaims.KeyIdOf(context.User) is { } keyId ? $"API key {keyId}" : "this client address";
        await AccessProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests.",
            $"The rate limit of {who} is used up for this minute; try again in {seconds} s.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}

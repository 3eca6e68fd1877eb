using Microsoft.Extensions.Options;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// Refuses a POST, PUT, PATCH or DELETE that a browser sends from another site, the bodiless ones too
/// (<c>POST /api/jobs/{id}/cancel</c> needs no pre-flight, so CORS alone does not stop it). A browser names the page's
/// origin in <c>Origin</c> and, in <c>Sec-Fetch-Site</c>, how it relates to this one; an origin is accepted when it is
/// this host's own or one of <c>Cors:AllowedOrigins</c>. Clients that send neither header (curl, the CLI, scripts) are
/// not browsers and pass: cross-site forgery needs a browser.
/// </summary>
public sealed class CrossSiteWriteGuard(RequestDelegate next, IOptionsMonitor<FrontendCorsOptions> cors)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method) || Allowed(request, cors.CurrentValue.AllowedOrigins))
        {
            await next(context);
            return;
        }

        var origin = request.Headers.Origin.ToString();
        var from = origin.Length > 0 ? $"the page at {origin}" : "a page of another site";
        await AccessProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "Cross-site request refused.",
            $"A {request.Method} from {from} may not change anything here. A frontend on another origin must be listed in Cors:AllowedOrigins.",
            new Dictionary<string, object?> { ["origin"] = origin.Length > 0 ? origin : null });
    }

    private static bool Allowed(HttpRequest request, string[] allowedOrigins)
    {
        var origins = request.Headers.Origin;
        if (origins.Count > 1)
        {
            return false;
        }

        if (origins.Count == 1)
        {
            var origin = origins.ToString();
            return IsOwnOrigin(origin, request)
                || (origin != "null" && allowedOrigins.Any(allowed => allowed == "*" || string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase)));
        }

        // Browsers send Origin with every cross-origin write; where it is missing, fetch metadata still tells.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site is "" or "same-origin" or "none";
    }

    /// <summary>
    /// Whether the origin names this host. A Host header without a port matches the host name on any port: proxies that
    /// forward <c>Host $host</c> (the nginx of docker-compose.yml) drop the port the browser used, and another port of
    /// the same host name is the same machine's to serve.
    /// </summary>
    private static bool IsOwnOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !request.Host.HasValue)
        {
            return false;
        }

        return string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && (request.Host.Port is not { } port || port == uri.Port);
    }
}

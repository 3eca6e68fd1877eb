namespace NewsAnalysis.Api.Security;

/// <summary>
/// Security headers on every answer, errors included: no content sniffing, no referrer, no framing, and a
/// Content-Security-Policy that lets the page run only its own scripts and styles from this origin (no inline
/// script). Swagger UI sets inline styles, so under /swagger those are allowed; its scripts are still only its own.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var policy = context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? SwaggerPolicy : PagePolicy;
        context.Response.OnStarting(() =>
        {
            // Set when the answer starts: an error answer replaces the headers written before it.
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = policy;
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsAnalysis.Infrastructure.Keys;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// Reads the API key of <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c> and finds it in the database on every
/// request, so that a key revoked with the CLI is refused at once by every replica. A request without a key is not
/// authenticated (the policies decide whether that is enough); a key that is malformed, unknown or revoked fails with
/// a message that the 401 answer passes on.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string KeyHeader = "X-Api-Key";

    /// <summary>Far longer than any key this API issues; a longer value is refused before it is hashed.</summary>
    private const int MaxKeyLength = 200;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (secret, problem) = ReadKey(Request.Headers);
        if (problem is not null)
        {
            return Refuse(problem);
        }

        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindAsync(secret, Context.RequestAborted);
        if (key is null)
        {
            return Refuse("The API key is not known here: it was never issued by this API's database, or it is mistyped.");
        }

        if (key.RevokedAt is { } revokedAt)
        {
            return Refuse($"The API key {key.Prefix}… ('{key.Name}') was revoked at {revokedAt:yyyy-MM-dd HH:mm:ss} UTC.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyClaims.PrincipalOf(key, SchemeName), SchemeName));
    }

    private AuthenticateResult Refuse(string message)
    {
        Context.Features.Set(new ApiKeyRefusal(message));
        return AuthenticateResult.Fail(message);
    }

    /// <summary>The key a request sends, or why what it sends is not a key.</summary>
    private static (string? Secret, string? Problem) ReadKey(IHeaderDictionary headers)
    {
        string? fromAuthorization = null;
        var authorization = headers.Authorization;
        if (authorization.Count > 1)
        {
            return (null, "The request has more than one Authorization header; send one: 'Authorization: Bearer <key>'.");
        }

        if (authorization.Count == 1)
        {
            var value = authorization.ToString().Trim();
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            var scheme = space < 0 ? value : value[..space];
            if (!scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return (null, $"The Authorization header must be 'Bearer <key>', not a '{Shorten(scheme)}' credential.");
            }

            fromAuthorization = space < 0 ? "" : value[(space + 1)..].Trim();
            if (fromAuthorization.Length == 0)
            {
                return (null, "The Authorization header says Bearer but carries no key: 'Authorization: Bearer <key>'.");
            }
        }

        string? fromHeader = null;
        var apiKey = headers[KeyHeader];
        if (apiKey.Count > 1)
        {
            return (null, $"The request has more than one {KeyHeader} header; send one key.");
        }

        if (apiKey.Count == 1)
        {
            fromHeader = apiKey.ToString().Trim();
            if (fromHeader.Length == 0)
            {
                return (null, $"The {KeyHeader} header is empty.");
            }
        }

        if (fromAuthorization is not null && fromHeader is not null && !string.Equals(fromAuthorization, fromHeader, StringComparison.Ordinal))
        {
            return (null, $"The Authorization and {KeyHeader} headers carry different keys; send one.");
        }

        var secret = fromAuthorization ?? fromHeader;
        return secret is { Length: > MaxKeyLength }
            ? (null, $"The API key is {secret.Length} characters long; keys of this API have {MaxKeyLength} at most.")
            : (secret, null);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // The 401 body is written by AccessDeniedResultHandler, which knows the scope the request needed.
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}

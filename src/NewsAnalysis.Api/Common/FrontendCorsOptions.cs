using System.ComponentModel.DataAnnotations;

namespace NewsAnalysis.Api.Common;

/// <summary>Configuration section <c>Cors</c>: the browser frontends on other origins that may call the API.</summary>
public sealed class FrontendCorsOptions : IValidatableObject
{
    public const string Section = "Cors";

    /// <summary>
    /// Origins (scheme, host and port, as a browser sends them: <c>http://localhost:5173</c>), or <c>*</c> for any.
    /// The defaults are in appsettings.json: an initial value here would be kept beside the configured ones.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < AllowedOrigins.Length; i++)
        {
            if (!IsOrigin(AllowedOrigins[i]))
            {
                // A browser's Origin header never matches anything else, so such an entry would silently allow nothing.
                yield return new ValidationResult(
                    $"Cors:AllowedOrigins:{i} is '{AllowedOrigins[i]}', not an origin: give scheme, host and optional port, e.g. http://localhost:5173, or *.",
                    [nameof(AllowedOrigins)]);
            }
        }
    }

    private static bool IsOrigin(string? value) =>
        value == "*"
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0);
}

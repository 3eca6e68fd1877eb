namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Configuration section <c>Fetching</c>: what the server may fetch when it is given a url or a feed, and the limits
/// of one fetch. Loopback, private, link-local and other internal addresses are refused unless allowed here.
/// </summary>
public sealed class FetchingOptions
{
    public const string Section = "Fetching";

    /// <summary>
    /// Host names (as written in the url, case-insensitive) fetched whatever address they resolve to: an intranet's
    /// news site, or the tests' local server.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Networks in CIDR notation (<c>10.20.0.0/16</c>, <c>fd00:1::/64</c>) whose addresses may be fetched.</summary>
    public string[] AllowedNetworks { get; set; } = [];

    /// <summary>Redirects followed before giving up; each one is checked like the first address.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Bytes read from one response; a larger page is refused and reading stops there.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Time for a whole fetch: every attempt, redirect and the body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Time for one attempt to get the response headers; a slower attempt is retried while <see cref="Timeout"/> allows.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Retries of an attempt that failed transiently (5xx, a timeout, a dropped connection); 0 for none.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones double it, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}

namespace NewsAnalysis.Api.Security;

/// <summary>Configuration section <c>Access</c>: what a request without an API key may do once keys exist.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Whether reads (GET) need no key once a key exists. Writes always need a key then. Before the first key is
    /// created the API is open whatever this says.
    /// </summary>
    public bool AnonymousRead { get; set; } = true;
}

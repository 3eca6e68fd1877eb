namespace NewsAnalysis.Api.Security;

/// <summary>
/// Why the key a request sent was refused (malformed, unknown, revoked), kept as a request feature by
/// <see cref="ApiKeyAuthenticationHandler"/>: the authentication middleware keeps only successful results, and the
/// authorization steps need the reason for the 401 they answer.
/// </summary>
public sealed record ApiKeyRefusal(string Message);

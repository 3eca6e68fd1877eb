namespace NewsAnalysis.Api.Security;

/// <summary>How this API is protected, and what the request's key may do.</summary>
/// <param name="Open">True while no API key exists: every request may read and write.</param>
/// <param name="AnonymousRead">Whether reading needs no key once keys exist (<c>Access:AnonymousRead</c>).</param>
/// <param name="Scope">The scope of the key this request sent (<c>read</c>, <c>write</c>, <c>admin</c>), or null without a valid key.</param>
public sealed record AccessResponse(bool Open, bool AnonymousRead, string? Scope);

using Microsoft.AspNetCore.Authorization;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Security;

/// <summary>A request needs an API key of at least this scope (once any key exists).</summary>
public sealed record ScopeRequirement(ApiKeyScope Scope) : IAuthorizationRequirement;

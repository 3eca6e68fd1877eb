using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// Puts every controller action under a scope policy by its HTTP method: GET and HEAD need <c>read</c>, every other
/// method <c>write</c>. A new endpoint is covered without anyone remembering an attribute; an action that needs more
/// adds its own <c>[Authorize(Policy = AccessPolicies.Admin)]</c>, and both policies apply.
/// </summary>
public sealed class ScopeByMethodConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            var methods = selector.EndpointMetadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods)
                .Concat(selector.ActionConstraints.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods))
                .ToArray();
            var readOnly = methods.Length > 0 && methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m));
            selector.EndpointMetadata.Add(new AuthorizeAttribute(readOnly ? AccessPolicies.Read : AccessPolicies.Write));
        }
    }
}

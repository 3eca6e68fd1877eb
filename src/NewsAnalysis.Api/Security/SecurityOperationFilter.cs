using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NewsAnalysis.Core.Domain;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// Documents the key each operation needs (its scope, the two ways to send a key) and the answers that the security
/// checks give before the controller runs: 401, 403 and 429, each problem+json.
/// </summary>
public sealed class SecurityOperationFilter : IOperationFilter
{
    public const string BearerScheme = "Bearer";

    public const string HeaderScheme = "ApiKey";

    /// <summary>The two security schemes: <c>Authorization: Bearer KEY</c> and <c>X-Api-Key: KEY</c>.</summary>
    public static void AddSchemes(SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key from `keys create` of the CLI, as `Authorization: Bearer <key>`.",
        });
        options.AddSecurityDefinition(HeaderScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.KeyHeader,
            Description = "The same API key in the X-Api-Key header.",
        });
        options.OperationFilter<SecurityOperationFilter>();
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var scope = metadata.OfType<IAuthorizeData>().Select(a => AccessPolicies.ScopeOf(a.Policy)).OfType<ApiKeyScope>().DefaultIfEmpty(ApiKeyScope.Read).Max();
        var name = AccessPolicies.NameOf(scope);
        operation.Security ??= [];
        if (scope == ApiKeyScope.Read)
        {
            // Reading needs a key only when Access:AnonymousRead is false: the empty requirement marks the key optional.
            operation.Security.Add(new OpenApiSecurityRequirement());
        }

        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, context.Document)] = [] });

        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];
        operation.Responses["401"] = Problem(problem, scope == ApiKeyScope.Read
            ? "Once any API key exists and Access:AnonymousRead is false, a key is needed; a key sent must be known and not revoked. The detail says which."
            : $"Once any API key exists, this needs a key with scope {name}; a key sent must be known and not revoked. The detail says which.");
        if (scope != ApiKeyScope.Read)
        {
            operation.Responses["403"] = Problem(problem,
                $"The key's scope is smaller than {name} (requiredScope says which is needed), or a browser sent the request from a site that is not this one or in Cors:AllowedOrigins.");
        }

        var tooMany = Problem(problem, "Too many requests from this key, or from this address without a key; wait the seconds of Retry-After.");
        tooMany.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
        };
        operation.Responses["429"] = tooMany;
        operation.Description = $"{operation.Description}\n\nNeeds an API key with scope `{name}` once any key exists{(scope == ApiKeyScope.Read ? " and Access:AnonymousRead is false" : "")}.".TrimStart();
    }

    private static OpenApiResponse Problem(IOpenApiSchema schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
    };
}

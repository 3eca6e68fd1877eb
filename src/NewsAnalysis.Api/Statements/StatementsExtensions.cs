namespace NewsAnalysis.Api.Statements;

/// <summary>The services behind <c>api/quotes</c> and <c>api/claims</c>.</summary>
public static class StatementsExtensions
{
    public static IServiceCollection AddStatements(this IServiceCollection services)
    {
        services.AddScoped<StatementQueryService>();
        services.AddScoped<ClaimDisagreementService>();
        return services;
    }
}

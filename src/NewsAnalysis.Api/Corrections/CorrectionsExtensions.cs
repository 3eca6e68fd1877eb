namespace NewsAnalysis.Api.Corrections;

/// <summary>The services behind users' corrections and <c>api/corrections</c>.</summary>
public static class CorrectionsExtensions
{
    public static IServiceCollection AddCorrections(this IServiceCollection services)
    {
        services.AddScoped<CorrectionTransaction>();
        services.AddScoped<EntityCorrectionService>();
        services.AddScoped<StatementCorrectionService>();
        services.AddScoped<CorrectionQueryService>();
        return services;
    }
}

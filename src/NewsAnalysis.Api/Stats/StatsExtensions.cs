namespace NewsAnalysis.Api.Stats;

/// <summary>The services behind <c>api/stats</c>.</summary>
public static class StatsExtensions
{
    public static IServiceCollection AddStats(this IServiceCollection services) => services.AddScoped<StatsQueryService>();
}

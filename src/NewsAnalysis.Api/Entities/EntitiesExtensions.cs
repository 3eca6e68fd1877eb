namespace NewsAnalysis.Api.Entities;

/// <summary>The services behind <c>api/entities</c>.</summary>
public static class EntitiesExtensions
{
    public static IServiceCollection AddEntities(this IServiceCollection services) =>
        services.AddScoped<EntityQueryService>();
}

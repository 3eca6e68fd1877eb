using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsAnalysis.Api.Articles;

/// <summary>The services behind <c>api/articles</c>.</summary>
public static class ArticlesExtensions
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ArticleIngestionService>();
        services.AddSingleton<ArticlePageReader>();
        services.AddScoped<ArticleQueryService>();
        services.AddScoped<ArticleDeletionService>();
        return services;
    }
}

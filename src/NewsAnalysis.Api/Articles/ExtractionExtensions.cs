using Microsoft.Extensions.Options;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Api.Articles;

/// <summary>
/// The extraction pipeline (its models load once, when it is first needed, and every request and worker shares it) and
/// the article-page extractor that reads posted HTML.
/// </summary>
public static class ExtractionExtensions
{
    /// <summary>Binds <c>Extraction</c> and registers the <see cref="ExtractionPipeline"/> it configures and the <see cref="ArticlePageExtractor"/>.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddOptions<ExtractionOptions>()
            .BindConfiguration(ExtractionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.SentenceEncoder || !o.AccurateEntities, "Extraction:AccurateEntities needs Extraction:SentenceEncoder.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ExtractionOptions>>().Value;
            return ExtractionPipeline.CreateDefault(options.SentenceEncoder, options.AccurateEntities);
        });
        services.AddSingleton<ArticlePageExtractor>();
        return services;
    }
}

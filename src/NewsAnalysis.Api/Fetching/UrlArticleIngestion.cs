using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Ingests an article given by its url alone: a url already stored is a duplicate without a fetch; otherwise the page
/// is read (<see cref="UrlPageReader"/>) and the article ingested as if its text had been posted. Nothing is stored
/// when the page cannot be fetched or holds no article.
/// </summary>
public sealed class UrlArticleIngestion(NewsDbContext db, UrlPageReader reader, ArticleIngestionService ingestion)
{
    /// <param name="request">A request for which <see cref="UrlPageReader.IsUrlAlone"/> holds.</param>
    /// <param name="beforeCommit">As for <see cref="ArticleIngestionService.IngestAsync(CreateArticleRequest, Func{int, CancellationToken, Task}?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the fetch and the ingestion.</param>
    public async Task<UrlIngestionResult> IngestAsync(
        CreateArticleRequest request, Func<int, CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        var url = request.Url!.Trim();
        var stored = await db.Articles.AsNoTracking().Where(a => a.Url == url).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (stored is { } id)
        {
            return new UrlIngestionResult(new IngestionResult(id, false), null);
        }

        var read = await reader.ReadAsync(request, cancellationToken);
        if (read.Failure is { } failure)
        {
            return new UrlIngestionResult(null, failure);
        }

        return new UrlIngestionResult(await ingestion.IngestAsync(read.Article!, beforeCommit, cancellationToken), null);
    }
}

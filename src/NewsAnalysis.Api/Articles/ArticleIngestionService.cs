using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Articles;

/// <summary>
/// Analyses an article and stores it with its findings in one transaction, linking every entity it
/// names to the corpus-wide entity. Unique indexes (url, entity key) settle races between
/// concurrent posts: the loser sees a duplicate or retries against the winner's rows. The analysis runs before the
/// write turn (<see cref="DatabaseWriteGate"/>), so that analyses use the cores while one article is written. An
/// ingestion that a lock held by another (the linker settling a name, a user's correction) makes deadlock or conflict
/// on PostgreSQL retries too.
/// </summary>
public sealed class ArticleIngestionService(
    NewsDbContext db,
    ExtractionPipeline pipeline,
    TimeProvider clock,
    DatabaseWriteGate writeGate,
    ILogger<ArticleIngestionService> logger)
{
    private const int MaxAttempts = 6;

    public Task<IngestionResult> IngestAsync(CreateArticleRequest request, CancellationToken cancellationToken) =>
        IngestAsync(request, null, cancellationToken);

    /// <param name="request">The article to store.</param>
    /// <param name="beforeCommit">Runs inside the article's transaction once the article is saved, with its id,
    /// so that a record of the article (a queue item's outcome) commits or rolls back with it. Not called for a
    /// duplicate. An exception from it discards the article.</param>
    /// <param name="cancellationToken">Cancels the ingestion.</param>
    public async Task<IngestionResult> IngestAsync(
        CreateArticleRequest request,
        Func<int, CancellationToken, Task>? beforeCommit,
        CancellationToken cancellationToken)
    {
        var url = string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim();
        if (url is not null && await FindByUrlAsync(url, cancellationToken) is { } existing)
        {
            return new IngestionResult(existing, false);
        }

        var document = pipeline.Analyze(request.Body!, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await TryStoreAsync(request, url, document, beforeCommit, attempt, cancellationToken) is { } result)
            {
                return result;
            }

            // Concurrent ingestions that create the same new entities collide again if retried in step; the wait is
            // outside the write turn, so that others write meanwhile.
            await Task.Delay(Random.Shared.Next(10, 50 * attempt), cancellationToken);
        }
    }

    /// <summary>Stores the analysed article in one transaction; null when it lost to a concurrent write and may retry.</summary>
    private async Task<IngestionResult?> TryStoreAsync(
        CreateArticleRequest request,
        string? url,
        AnalysisDocument document,
        Func<int, CancellationToken, Task>? beforeCommit,
        int attempt,
        CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (url is not null && await FindByUrlAsync(url, cancellationToken) is { } duplicate)
            {
                return new IngestionResult(duplicate, false);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var entities = await EntityLinker.LinkAsync(db, document, now, cancellationToken);
            var rows = ArticleMapper.ToRows(request, url, document, entities, now);
            var article = rows.Article;
            db.Articles.Add(article);
            await db.SaveChangesAsync(cancellationToken);
            await InsertFindingsAsync(rows, cancellationToken);
            if (beforeCommit is not null)
            {
                await beforeCommit(article.Id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation(
                "Ingested article {ArticleId} with {EntityCount} entities, {QuoteCount} quotes and {ClaimCount} claims",
                article.Id, entities.Distinct().Count(), rows.Quotes.Count, rows.Claims.Count);
            return new IngestionResult(article.Id, true);
        }
        catch (Exception exception) when (attempt < MaxAttempts && (exception is DbUpdateException || WriteConflicts.IsConflict(exception)))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (url is not null && await FindByUrlAsync(url, cancellationToken) is { } winner)
            {
                return new IngestionResult(winner, false);
            }

            logger.LogWarning(exception, "Ingestion conflicted with a concurrent one (attempt {Attempt}); retrying", attempt);
            return null;
        }
    }

    /// <summary>
    /// Inserts the article's findings (about 120 rows for an article of 450 words) once the article and any new entities
    /// have their keys: a prepared insert a table, not EF's command and change tracking a row. Then the entities'
    /// counts and aliases, last, so that their rows stay locked for as short a time as can be.
    /// </summary>
    private async Task InsertFindingsAsync(ArticleRows rows, CancellationToken cancellationToken)
    {
        var articleId = rows.Article.Id;
        using (var mentions = new RowInserter<Mention>(db, returnKeys: false))
        {
            foreach (var mention in rows.Mentions)
            {
                mention.ArticleId = articleId;
                mention.EntityId = mention.Entity!.Id;
                await mentions.InsertAsync(mention, cancellationToken);
            }
        }

        using (var quotes = new RowInserter<Quote>(db, returnKeys: false))
        {
            foreach (var quote in rows.Quotes)
            {
                quote.ArticleId = articleId;
                quote.SpeakerEntityId = quote.SpeakerEntity?.Id;
                await quotes.InsertAsync(quote, cancellationToken);
            }
        }

        using (var claims = new RowInserter<Claim>(db, returnKeys: true))
        using (var quantities = new RowInserter<Quantity>(db, returnKeys: false))
        {
            foreach (var claim in rows.Claims)
            {
                claim.ArticleId = articleId;
                claim.ClaimantEntityId = claim.ClaimantEntity?.Id;
                await claims.InsertAsync(claim, cancellationToken);
                foreach (var quantity in claim.Quantities)
                {
                    quantity.ClaimId = claim.Id;
                    await quantities.InsertAsync(quantity, cancellationToken);
                }
            }
        }

        await EntityCounts.AddArticleAsync(
            db,
            [.. rows.Mentions.Select(m => new NamedMention(m.EntityId, m.Kind, m.Text, m.Start, m.End))],
            [
                .. rows.Quotes.Select(q => new Attributed(true, q.SpeakerEntityId, q.SpeakerIsGroup, q.SpeakerStart, q.SpeakerEnd)),
                .. rows.Claims.Select(c => new Attributed(false, c.ClaimantEntityId, c.ClaimantIsGroup, c.ClaimantStart, c.ClaimantEnd)),
            ],
            1,
            cancellationToken);
    }

    private async Task<int?> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking().Where(a => a.Url == url).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
}

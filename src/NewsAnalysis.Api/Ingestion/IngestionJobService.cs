using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>Accepts batches into the ingestion queue, reports on them, cancels and deletes them.</summary>
public sealed class IngestionJobService(
    NewsDbContext db,
    IngestionQueue queue,
    IValidator<CreateArticleRequest> validator,
    IngestionQueueSignal signal,
    TimeProvider clock,
    ILogger<IngestionJobService> logger)
{
    /// <summary>
    /// Stores the job with one queue item per article in a single transaction, so a batch is either accepted
    /// whole or not at all. Invalid articles are final at once and never reach a worker.
    /// </summary>
    public async Task<IngestionJobResponse> EnqueueAsync(CreateArticleBatchRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var articles = request.Articles!;
        var job = new IngestionJob { CreatedAt = now, Total = articles.Count };
        for (var index = 0; index < articles.Count; index++)
        {
            job.Items.Add(await ToItemAsync(index, articles[index], now, cancellationToken));
        }

        db.IngestionJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        logger.LogInformation(
            "Accepted ingestion job {JobId} with {ItemCount} articles, {InvalidCount} of them invalid",
            job.Id, job.Total, job.Items.Count(i => i.Status == IngestionItemStatus.Invalid));
        return ToResponse(job.Id, job.CreatedAt, job.Items.Select(i => new IngestionItemRow(i.Index, i.Status, i.ArticleId, i.Errors, i.Attempts, i.CompletedAt)).ToList());
    }

    public async Task<IngestionJobResponse?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var job = await db.IngestionJobs.AsNoTracking()
            .Where(j => j.Id == id)
            .Select(j => new { j.Id, j.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return null;
        }

        var items = await db.IngestionItems.AsNoTracking()
            .Where(i => i.JobId == id)
            .OrderBy(i => i.Index)
            .Select(i => new IngestionItemRow(i.Index, i.Status, i.ArticleId, i.Errors, i.Attempts, i.CompletedAt))
            .ToListAsync(cancellationToken);
        return ToResponse(job.Id, job.CreatedAt, items);
    }

    /// <summary>
    /// Cancels the job's items that no worker holds and returns the job as it then stands, or null when there is
    /// no such job. An item a worker holds keeps running and ends as it would have; nothing else of the job is
    /// processed after it. A job that was already completed comes back unchanged with status <c>completed</c>.
    /// </summary>
    public async Task<IngestionJobResponse?> CancelAsync(int id, CancellationToken cancellationToken)
    {
        var cancelled = await queue.CancelJobAsync(id, cancellationToken);
        if (cancelled > 0)
        {
            logger.LogInformation("Cancelled {ItemCount} queued items of ingestion job {JobId}", cancelled, id);
        }

        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// Deletes the job with its items in one statement, but only while none of its items is open; its articles stay.
    /// </summary>
    /// <remarks>
    /// An item never becomes open again once final (cancelled included), so a job the statement sees without open
    /// items cannot gain one, whichever replica or worker acts at the same time.
    /// </remarks>
    public async Task<IngestionJobDeletion> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await db.IngestionJobs
            .Where(j => j.Id == id && !j.Items.AsQueryable().Any(IngestionJobStatus.IsOpen))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted ingestion job {JobId} with its items", id);
            return IngestionJobDeletion.Deleted;
        }

        return await db.IngestionJobs.AnyAsync(j => j.Id == id, cancellationToken)
            ? IngestionJobDeletion.HasOpenItems
            : IngestionJobDeletion.NotFound;
    }

    /// <summary>Jobs newest first, optionally of one status, with counts computed in the database.</summary>
    public async Task<PagedResponse<IngestionJobSummaryResponse>> ListAsync(IngestionJobListQuery query, CancellationToken cancellationToken)
    {
        var jobs = db.IngestionJobs.AsNoTracking();

        // The same derivation as IngestionJobStatus.Of, in SQL so that paging and totalCount see it.
        jobs = query.Status?.ToLowerInvariant() switch
        {
            IngestionJobStatus.Completed => jobs.Where(j => !j.Items.AsQueryable().Any(IngestionJobStatus.IsOpen)
                && !j.Items.Any(i => i.Status == IngestionItemStatus.Cancelled)),
            IngestionJobStatus.Cancelled => jobs.Where(j => !j.Items.AsQueryable().Any(IngestionJobStatus.IsOpen)
                && j.Items.Any(i => i.Status == IngestionItemStatus.Cancelled)),
            IngestionJobStatus.Running => jobs.Where(j => j.Items.AsQueryable().Any(IngestionJobStatus.IsOpen)
                && j.Items.Any(i => i.Attempts > 0)),
            IngestionJobStatus.Queued => jobs.Where(j => j.Items.AsQueryable().Any(IngestionJobStatus.IsOpen)
                && !j.Items.Any(i => i.Attempts > 0)),
            _ => jobs,
        };

        var total = await jobs.CountAsync(cancellationToken);
        var rows = await jobs
            .OrderByDescending(j => j.CreatedAt)
            .ThenByDescending(j => j.Id)
            .Skip(query.ItemsBefore())
            .Take(query.PageSize)
            .Select(j => new
            {
                j.Id,
                j.CreatedAt,
                j.Total,
                Open = j.Items.AsQueryable().Count(IngestionJobStatus.IsOpen),
                Leased = j.Items.Any(i => i.Attempts > 0),
                Stored = j.Items.Count(i => i.Status == IngestionItemStatus.Stored),
                Duplicates = j.Items.Count(i => i.Status == IngestionItemStatus.Duplicate),
                Invalid = j.Items.Count(i => i.Status == IngestionItemStatus.Invalid),
                Failed = j.Items.Count(i => i.Status == IngestionItemStatus.Failed),
                Cancelled = j.Items.Count(i => i.Status == IngestionItemStatus.Cancelled),
                LastCompletedAt = j.Items.Max(i => i.CompletedAt),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(j => new IngestionJobSummaryResponse(
                j.Id,
                IngestionJobStatus.Of(j.Open > 0, j.Leased, j.Cancelled > 0),
                j.CreatedAt,
                j.Open > 0 ? null : j.LastCompletedAt ?? j.CreatedAt,
                j.Total,
                j.Stored + j.Duplicates + j.Invalid + j.Failed + j.Cancelled,
                j.Stored,
                j.Duplicates,
                j.Invalid,
                j.Failed,
                j.Cancelled))
            .ToList();
        return new PagedResponse<IngestionJobSummaryResponse>(items, query.Page, query.PageSize, total);
    }

    private async Task<IngestionItem> ToItemAsync(int index, CreateArticleRequest? article, DateTime now, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors;
        if (article is null)
        {
            errors = new() { ["article"] = ["The article is missing."] };
        }
        else
        {
            var result = await validator.ValidateAsync(article, cancellationToken);
            if (result.IsValid)
            {
                return new IngestionItem
                {
                    Index = index,
                    Status = IngestionItemStatus.Queued,
                    Payload = JsonSerializer.Serialize(article, JsonSerializerOptions.Web),
                };
            }

            errors = result.Errors
                .GroupBy(e => ValidationProblems.ClientName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        }

        return new IngestionItem
        {
            Index = index,
            Status = IngestionItemStatus.Invalid,
            Errors = JsonSerializer.Serialize(errors),
            CompletedAt = now,
        };
    }

    private static IngestionJobResponse ToResponse(int id, DateTime createdAt, List<IngestionItemRow> items)
    {
        var processed = items.Count(i => i.IsFinal);
        var finished = processed == items.Count;
        var cancelled = items.Count(i => i.Status == IngestionItemStatus.Cancelled);
        return new IngestionJobResponse(
            id,
            IngestionJobStatus.Of(!finished, items.Any(i => i.Attempts > 0), cancelled > 0),
            createdAt,
            finished ? items.Max(i => i.CompletedAt) ?? createdAt : null,
            items.Count,
            processed,
            items.Count(i => i.Status == IngestionItemStatus.Stored),
            items.Count(i => i.Status == IngestionItemStatus.Duplicate),
            items.Count(i => i.Status == IngestionItemStatus.Invalid),
            items.Count(i => i.Status == IngestionItemStatus.Failed),
            cancelled,
            items.Select(i => i.ToResponse()).ToList());
    }
}

using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Api.Validation;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Services;

/// <summary>Accepts batches into the ingestion queue and reports on them.</summary>
public sealed class IngestionJobService(
    NewsDbContext db,
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

    /// <summary>Jobs newest first, optionally of one status, with counts computed in the database.</summary>
    public async Task<PagedResponse<IngestionJobSummaryResponse>> ListAsync(IngestionJobListQuery query, CancellationToken cancellationToken)
    {
        var jobs = db.IngestionJobs.AsNoTracking();

        // The same derivation as IngestionJobStatus.Of, in SQL so that paging and totalCount see it.
        jobs = query.Status?.ToLowerInvariant() switch
        {
            IngestionJobStatus.Completed => jobs.Where(j => !j.Items.AsQueryable().Any(IngestionJobStatus.IsOpen)),
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
            .Skip(query.Skip)
            .Take(query.PageSize)
            .Select(j => new
            {
                j.Id,
                j.CreatedAt,
                j.Total,
                Open = j.Items.AsQueryable().Count(IngestionJobStatus.IsOpen),
                Claimed = j.Items.Any(i => i.Attempts > 0),
                Stored = j.Items.Count(i => i.Status == IngestionItemStatus.Stored),
                Duplicates = j.Items.Count(i => i.Status == IngestionItemStatus.Duplicate),
                Invalid = j.Items.Count(i => i.Status == IngestionItemStatus.Invalid),
                Failed = j.Items.Count(i => i.Status == IngestionItemStatus.Failed),
                LastCompletedAt = j.Items.Max(i => i.CompletedAt),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(j => new IngestionJobSummaryResponse(
                j.Id,
                IngestionJobStatus.Of(j.Open > 0, j.Claimed),
                ArticleQueryService.AsUtc(j.CreatedAt),
                j.Open > 0 ? null : ArticleQueryService.AsUtc(j.LastCompletedAt ?? j.CreatedAt),
                j.Total,
                j.Stored + j.Duplicates + j.Invalid + j.Failed,
                j.Stored,
                j.Duplicates,
                j.Invalid,
                j.Failed))
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
        var completed = processed == items.Count;
        return new IngestionJobResponse(
            id,
            IngestionJobStatus.Of(!completed, items.Any(i => i.Attempts > 0)),
            ArticleQueryService.AsUtc(createdAt),
            completed ? ArticleQueryService.AsUtc(items.Max(i => i.CompletedAt) ?? createdAt) : null,
            items.Count,
            processed,
            items.Count(i => i.Status == IngestionItemStatus.Stored),
            items.Count(i => i.Status == IngestionItemStatus.Duplicate),
            items.Count(i => i.Status == IngestionItemStatus.Invalid),
            items.Count(i => i.Status == IngestionItemStatus.Failed),
            items.Select(i => i.ToResponse()).ToList());
    }
}

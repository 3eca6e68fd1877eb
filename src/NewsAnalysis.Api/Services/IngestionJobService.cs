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

        // Queued until a worker has claimed something; invalid items alone do not make a job run.
        var status = completed ? "completed" : items.Any(i => i.Attempts > 0) ? "running" : "queued";
        return new IngestionJobResponse(
            id,
            status,
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

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAnalysis.Api.Articles;
using NewsAnalysis.Api.Fetching;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Feeds;

/// <summary>
/// Polls one due feed under a lease: fetches it through the checked fetcher, reads its items, and fetches and stores
/// each new one (at most <c>Feeds:MaxItemsPerPoll</c>) as an article given by its url. An item already recorded
/// for the feed (by guid, else link) is skipped, and so is an item whose url is already stored; a stored item is
/// recorded in the article's own transaction, so that it is stored once however often the feed is polled.
/// </summary>
public sealed class FeedPoller(
    FeedQueue queue,
    PageFetcher fetcher,
    UrlArticleIngestion urlIngestion,
    NewsDbContext db,
    TimeProvider clock,
    IOptions<FeedOptions> options,
    ILogger<FeedPoller> logger)
{
    /// <summary>Leases and polls the earliest due feed; false when none is due.</summary>
    public async Task<bool> PollNextAsync(CancellationToken cancellationToken)
    {
        var lease = await queue.LeaseAsync(cancellationToken);
        if (lease is null)
        {
            return false;
        }

        await PollAsync(lease, cancellationToken);
        return true;
    }

    public async Task PollAsync(LeasedFeed lease, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(new Uri(lease.Url), FetchedContent.Feed, cancellationToken);
        if (fetched.Failure is { } failure)
        {
            await FailAsync(lease, failure.ToString(), cancellationToken);
            return;
        }

        if (FeedParser.Parse(fetched.Document!.Content) is not { } feed)
        {
            await FailAsync(lease, $"The feed could not be read: {fetched.Document.Url} is not RSS or Atom.", cancellationToken);
            return;
        }

        var keys = feed.Entries.Select(e => e.Key).Distinct().ToList();
        var known = await db.FeedItems.AsNoTracking()
            .Where(i => i.FeedId == lease.Id && keys.Contains(i.Key))
            .Select(i => new { i.Key, i.Id, i.Status, i.Attempts })
            .ToDictionaryAsync(i => i.Key, cancellationToken);
        var maxAttempts = options.Value.MaxItemAttempts;
        var due = feed.Entries
            .DistinctBy(e => e.Key)
            .Where(e => !known.TryGetValue(e.Key, out var item) || (item.Status == FeedItemStatus.Failed && item.Attempts < maxAttempts))
            .Take(options.Value.MaxItemsPerPoll)
            .ToList();

        var stored = 0;
        foreach (var entry in due)
        {
            if (!await queue.RenewAsync(lease, cancellationToken))
            {
                logger.LogWarning("Lost the lease on feed {FeedId} while polling it; another poller takes over", lease.Id);
                return;
            }

            var existingId = known.TryGetValue(entry.Key, out var seen) ? seen.Id : (int?)null;
            if (await IngestAsync(lease.Id, entry, existingId, cancellationToken))
            {
                stored++;
            }
        }

        if (await queue.SucceededAsync(lease, Fit(feed.Title, FeedLimits.MaxTitleLength), cancellationToken))
        {
            logger.LogInformation("Polled feed {FeedId}: {ItemCount} items listed, {NewCount} tried, {StoredCount} stored", lease.Id, feed.Entries.Count, due.Count, stored);
        }
    }

    /// <summary>Fetches and stores one item, and records what became of it; true when a new article was stored.</summary>
    private async Task<bool> IngestAsync(int feedId, FeedEntry entry, int? existingId, CancellationToken cancellationToken)
    {
        if (entry.Link is null || !Uri.TryCreate(entry.Link, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)
            || entry.Link.Length > ArticleLimits.MaxUrlLength)
        {
            await RecordAsync(feedId, entry, existingId, FeedItemStatus.Failed, null, "The item names no http or https link to its story.", cancellationToken);
            return false;
        }

        // The feed's headline and date stand in for the page's: feeds state both reliably.
        var request = new CreateArticleRequest(Fit(entry.Title, ArticleLimits.MaxTitleLength), null, entry.Link, null, null, entry.PublishedAt);
        var outcome = await urlIngestion.IngestAsync(
            request,
            (articleId, token) => RecordStoredAsync(feedId, entry, existingId, articleId, token),
            cancellationToken);
        if (outcome.Failure is { } failure)
        {
            logger.LogInformation("Item {Key} of feed {FeedId} failed: {Reason}", entry.Key, feedId, failure.ToString());
            await RecordAsync(feedId, entry, existingId, FeedItemStatus.Failed, null, failure.ToString(), cancellationToken);
            return false;
        }

        if (!outcome.Result!.Created)
        {
            await RecordAsync(feedId, entry, existingId, FeedItemStatus.Duplicate, outcome.Result.ArticleId, null, cancellationToken);
            return false;
        }

        return true;
    }

    /// <summary>Inside the article's transaction: the item's record commits or rolls back with its article.</summary>
    private async Task RecordStoredAsync(int feedId, FeedEntry entry, int? existingId, int articleId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (existingId is { } id)
        {
            await db.FeedItems.Where(i => i.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Status, FeedItemStatus.Stored)
                    .SetProperty(i => i.ArticleId, articleId)
                    .SetProperty(i => i.Error, (string?)null)
                    .SetProperty(i => i.Attempts, i => i.Attempts + 1)
                    .SetProperty(i => i.UpdatedAt, now),
                cancellationToken);
            return;
        }

        db.FeedItems.Add(NewItem(feedId, entry, FeedItemStatus.Stored, articleId, null, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordAsync(
        int feedId, FeedEntry entry, int? existingId, FeedItemStatus status, int? articleId, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = error is { Length: > FeedLimits.MaxErrorLength } ? error[..FeedLimits.MaxErrorLength] : error;
        if (existingId is { } id)
        {
            await db.FeedItems.Where(i => i.Id == id && i.Status == FeedItemStatus.Failed).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Status, status)
                    .SetProperty(i => i.ArticleId, articleId)
                    .SetProperty(i => i.Error, message)
                    .SetProperty(i => i.Attempts, i => i.Attempts + 1)
                    .SetProperty(i => i.UpdatedAt, now),
                cancellationToken);
            return;
        }

        db.ChangeTracker.Clear();
        db.FeedItems.Add(NewItem(feedId, entry, status, articleId, message, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // Another poller recorded the item first (its lease ran out under this one): its record stands.
            logger.LogInformation(exception, "Item {Key} of feed {FeedId} was already recorded", entry.Key, feedId);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task FailAsync(LeasedFeed lease, string error, CancellationToken cancellationToken)
    {
        logger.LogWarning("Polling feed {FeedId} failed: {Reason}", lease.Id, error);
        await queue.FailedAsync(lease, error, cancellationToken);
    }

    private static FeedItem NewItem(int feedId, FeedEntry entry, FeedItemStatus status, int? articleId, string? error, DateTime now) => new()
    {
        FeedId = feedId,
        Key = entry.Key,
        Url = entry.Link is { Length: <= FeedLimits.MaxUrlLength } ? entry.Link : null,
        Status = status,
        ArticleId = articleId,
        Error = error,
        Attempts = 1,
        FirstSeenAt = now,
        UpdatedAt = now,
    };

    private static string? Fit(string? value, int maxLength) =>
        value is null ? null : value.Length <= maxLength ? value : value[..maxLength].TrimEnd();
}

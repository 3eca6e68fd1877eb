using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Feeds;

/// <summary>Subscriptions: subscribe, read, list, poll now and unsubscribe. The unique url index settles a race of two subscriptions.</summary>
public sealed class FeedService(NewsDbContext db, TimeProvider clock, FeedSignal signal, ILogger<FeedService> logger)
{
    public const int DefaultPollMinutes = 60;

    public async Task<SubscribeOutcome> SubscribeAsync(SubscribeFeedRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url!.Trim();
        if (await FindByUrlAsync(url, cancellationToken) is { } existing)
        {
            return new SubscribeOutcome((await GetAsync(existing, cancellationToken))!, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var feed = new Feed { Url = url, PollMinutes = request.PollMinutes ?? DefaultPollMinutes, CreatedAt = now, NextPollAt = now };
        db.Feeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another subscription of the url won the unique index.
            db.ChangeTracker.Clear();
            if (await FindByUrlAsync(url, cancellationToken) is not { } winner)
            {
                throw;
            }

            return new SubscribeOutcome((await GetAsync(winner, cancellationToken))!, false);
        }

        logger.LogInformation("Subscribed feed {FeedId} at {Url}, polled every {PollMinutes} minutes", feed.Id, url, feed.PollMinutes);
        signal.Notify();
        return new SubscribeOutcome((await GetAsync(feed.Id, cancellationToken))!, true);
    }

    public async Task<FeedResponse?> GetAsync(int id, CancellationToken cancellationToken) =>
        await Project(db.Feeds.AsNoTracking().Where(f => f.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<PagedResponse<FeedResponse>> ListAsync(FeedListQuery query, CancellationToken cancellationToken)
    {
        var total = await db.Feeds.CountAsync(cancellationToken);
        var items = await Project(db.Feeds.AsNoTracking().OrderBy(f => f.Id).Skip(query.ItemsBefore()).Take(query.PageSize)).ToListAsync(cancellationToken);
        return new PagedResponse<FeedResponse>(items, query.Page, query.PageSize, total);
    }

    /// <summary>Makes the feed due now (a failing one too, without forgiving its failures); null when there is no such feed.</summary>
    public async Task<FeedResponse?> PollNowAsync(int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Feeds.Where(f => f.Id == id).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextPollAt, now), cancellationToken) == 0)
        {
            return null;
        }

        signal.Notify();
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Unsubscribes: the feed and its item records go; the articles it stored stay.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.FeedItems.Where(i => i.FeedId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Feeds.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted == 1;
    }

    private async Task<int?> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        await db.Feeds.AsNoTracking().Where(f => f.Url == url).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<FeedResponse> Project(IQueryable<Feed> feeds) => feeds.Select(f => new FeedResponse(
        f.Id,
        f.Url,
        f.Title,
        f.PollMinutes,
        f.CreatedAt,
        f.LastPolledAt,
        f.NextPollAt,
        f.Items.Count,
        f.Items.Count(i => i.Status == FeedItemStatus.Stored),
        f.Items.Count(i => i.Status == FeedItemStatus.Duplicate),
        f.Items.Count(i => i.Status == FeedItemStatus.Failed),
        f.ConsecutiveFailures,
        f.LastError,
        f.LastErrorAt));
}

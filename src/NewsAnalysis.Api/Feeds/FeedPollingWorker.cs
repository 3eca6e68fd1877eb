using Microsoft.Extensions.Options;

namespace NewsAnalysis.Api.Feeds;

/// <summary>
/// Polls due feeds one at a time in every replica where <c>Feeds:Enabled</c> holds. The feed leases in the database
/// keep replicas from polling one feed at once; an idle poller looks again every <c>Feeds:PollInterval</c>, or at once
/// when a feed is subscribed or asked to poll here.
/// </summary>
public sealed class FeedPollingWorker(
    IServiceScopeFactory scopes,
    FeedSignal signal,
    IOptions<FeedOptions> options,
    ILogger<FeedPollingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Feed polling is off in this process (Feeds:Enabled is false)");
            return;
        }

        // Off the start-up path: StartAsync returns before the first lease.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.NextAsync();
            bool polled;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                polled = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollNextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting; an unfinished poll's lease runs out and the feed is polled again.
                logger.LogError(exception, "Polling feeds failed; pausing before the next look");
                polled = false;
            }

            if (!polled)
            {
                try
                {
                    await wake.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (TimeoutException)
                {
                    // Time for the next look.
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}

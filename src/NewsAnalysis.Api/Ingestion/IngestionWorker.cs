using Microsoft.Extensions.Options;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// Runs <c>Ingestion:Workers</c> loops that take items off the queue in the database one at a time, and one
/// loop that deletes finished jobs past their retention. Every replica runs its own; the leases keep them
/// from doing the same work twice, and deleting what another replica already deleted does nothing.
/// </summary>
public sealed class IngestionWorker(
    IServiceScopeFactory scopes,
    IngestionQueueSignal signal,
    TimeProvider clock,
    IOptions<IngestionOptions> options,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.Workers;
        logger.LogInformation("Starting {WorkerCount} ingestion workers", workers);
        return Task.WhenAll(Enumerable.Range(1, workers).Select(worker => RunAsync(worker, stoppingToken))
            .Append(RunRetentionAsync(stoppingToken)));
    }

    /// <summary>
    /// Deletes expired finished jobs at start and then every <c>Ingestion:FinishedJobCleanupInterval</c>. It runs
    /// with 0 workers too: a replica that leaves the queue to others still keeps the job table short.
    /// </summary>
    private async Task RunRetentionAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IngestionJobRetention>().DeleteExpiredAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next pass deletes what this one did not.
                logger.LogError(exception, "Deleting expired ingestion jobs failed; trying again at the next interval");
            }

            try
            {
                // On the injected clock, so that tests move time instead of waiting for it.
                await Task.Delay(options.Value.FinishedJobCleanupInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RunAsync(int worker, CancellationToken stoppingToken)
    {
        // Off the start-up path: StartAsync returns before the first lease.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.NextAsync();
            bool processed;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                processed = await scope.ServiceProvider.GetRequiredService<IngestionItemProcessor>().ProcessNextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting; the item's lease brings it back to the queue.
                logger.LogError(exception, "Ingestion worker {Worker} failed; pausing before the next lease", worker);
                processed = false;
            }

            if (!processed)
            {
                await IdleAsync(wake, stoppingToken);
            }
        }
    }

    private async Task IdleAsync(Task wake, CancellationToken stoppingToken)
    {
        try
        {
            await wake.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
        catch (TimeoutException)
        {
            // Time for the next poll.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; the loop ends.
        }
    }
}

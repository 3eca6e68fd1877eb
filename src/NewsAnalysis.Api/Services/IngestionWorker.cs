using Microsoft.Extensions.Options;

namespace NewsAnalysis.Api.Services;

/// <summary>
/// Runs <c>Ingestion:Workers</c> loops that take items off the queue in the database one at a time. Every
/// replica runs its own; the claims keep them from doing the same work twice.
/// </summary>
public sealed class IngestionWorker(
    IServiceScopeFactory scopes,
    IngestionQueueSignal signal,
    IOptions<IngestionOptions> options,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.Workers;
        logger.LogInformation("Starting {WorkerCount} ingestion workers", workers);
        return Task.WhenAll(Enumerable.Range(1, workers).Select(worker => RunAsync(worker, stoppingToken)));
    }

    private async Task RunAsync(int worker, CancellationToken stoppingToken)
    {
        // Off the start-up path: StartAsync returns before the first claim.
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
                logger.LogError(exception, "Ingestion worker {Worker} failed; pausing before the next claim", worker);
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

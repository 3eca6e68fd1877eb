using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsAnalysis.Api.Ingestion;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The API with no ingestion workers and a clock that moves only when a test advances it, so that a test
/// can age jobs by days in milliseconds and decide which of its items are processed. The retention loop
/// still runs, every <see cref="CleanupInterval"/> of this clock.
/// </summary>
public sealed class ManualClockApiFactory : NewsApiFactory
{
    public static readonly TimeSpan CleanupInterval = TimeSpan.FromMinutes(1);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingestion:Workers", "0");
        builder.UseSetting("Ingestion:FinishedJobCleanupInterval", CleanupInterval.ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Leases the next queued item as a worker would; fails the test when the queue is empty.</summary>
    public async Task<LeasedIngestionItem> LeaseAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var lease = await scope.ServiceProvider.GetRequiredService<IngestionQueue>().LeaseAsync(CancellationToken.None);
        Xunit.Assert.NotNull(lease);
        return lease;
    }

    public async Task ProcessAsync(LeasedIngestionItem lease)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IngestionItemProcessor>().ProcessAsync(lease, CancellationToken.None);
    }

    /// <summary>Plays the worker until the queue is empty, so a test's lease gets its own first item.</summary>
    public async Task DrainQueueAsync()
    {
        bool processed;
        do
        {
            await using var scope = Services.CreateAsyncScope();
            processed = await scope.ServiceProvider.GetRequiredService<IngestionItemProcessor>().ProcessNextAsync(CancellationToken.None);
        }
        while (processed);
    }
}

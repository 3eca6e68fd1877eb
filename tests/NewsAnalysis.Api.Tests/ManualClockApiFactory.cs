using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

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
}

using Microsoft.AspNetCore.Hosting;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// The API with no ingestion workers, so that a test can lease and process queue items itself and play
/// the part of a worker that dies, stalls or runs twice.
/// </summary>
public sealed class ManualQueueApiFactory : NewsApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingestion:Workers", "0");
    }
}

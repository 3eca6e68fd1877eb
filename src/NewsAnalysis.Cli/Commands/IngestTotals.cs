using NewsAnalysis.Api.Ingestion;

namespace NewsAnalysis.Cli.Commands;

/// <summary>Counts over several jobs, for the progress line and the summary.</summary>
internal sealed record IngestTotals(int Processed, int Stored, int Duplicates, int Invalid, int Failed, int Cancelled)
{
    public static readonly IngestTotals None = new(0, 0, 0, 0, 0, 0);

    public IngestTotals Add(IngestionJobResponse job) => new(
        Processed + job.Processed, Stored + job.Stored, Duplicates + job.Duplicates, Invalid + job.Invalid, Failed + job.Failed,
        Cancelled + job.Cancelled);

    // Cancelled items only appear when someone cancelled a job by hand, so they are named only then.
    public override string ToString() =>
        $"{Stored:N0} stored, {Duplicates:N0} duplicate, {Invalid:N0} invalid, {Failed:N0} failed"
        + (Cancelled > 0 ? $", {Cancelled:N0} cancelled" : "");
}

namespace NewsAnalysis.Core.Domain;

/// <summary>
/// A batch of articles accepted for ingestion. Its status and counts are derived from its items, so
/// workers only ever write item rows and never contend on the job.
/// </summary>
public sealed class IngestionJob
{
    public int Id { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>How many articles the batch held, valid or not.</summary>
    public int Total { get; set; }

    public List<IngestionItem> Items { get; set; } = [];
}

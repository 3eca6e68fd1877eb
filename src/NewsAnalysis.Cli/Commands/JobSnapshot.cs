namespace NewsAnalysis.Cli.Commands;

/// <summary>The fields of <c>GET /api/jobs/{id}</c> that the ingest command reads.</summary>
internal sealed record JobSnapshot(
    int Id,
    string Status,
    int Total,
    int Processed,
    int Stored,
    int Duplicates,
    int Invalid,
    int Failed,
    int Cancelled,
    IReadOnlyList<JobItemSnapshot> Items)
{
    /// <summary>Every item is final: the job completed, or it was cancelled (POST /api/jobs/{id}/cancel) and its last running item ended.</summary>
    public bool IsFinished => Status is "completed" or "cancelled";
}

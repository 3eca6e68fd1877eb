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
    IReadOnlyList<JobItemSnapshot> Items)
{
    public bool IsCompleted => Status == "completed";
}

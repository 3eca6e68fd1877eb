namespace NewsAnalysis.Cli.Commands;

/// <summary>One article of a job as <c>GET /api/jobs/{id}</c> reports it.</summary>
internal sealed record JobItemSnapshot(int Index, string Status, int? ArticleId, Dictionary<string, string[]>? Errors);

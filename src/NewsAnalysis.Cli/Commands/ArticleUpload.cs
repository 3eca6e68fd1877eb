namespace NewsAnalysis.Cli.Commands;

/// <summary>One article as the batch endpoint takes it.</summary>
internal sealed record ArticleUpload(string Title, string Body, string Url, string? Source);

namespace NewsAnalysis.Cli.Commands;

/// <summary>One article as the batch endpoint takes it: a headline and story, or a web page (<c>html</c>) to read them from.</summary>
internal sealed record ArticleUpload(string? Title, string? Body, string Url, string? Source, string? Html = null);

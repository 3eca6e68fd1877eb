namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>A run of tokens with one attribution role, as indices into <see cref="Document.AnalysisDocument.Tokens"/> (end-exclusive).</summary>
public sealed record RoleSpan(AttributionRole Role, int FirstToken, int EndToken);

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>A name found in the text: its tokens, its type and, once grouped, the article-level entity it belongs to.</summary>
public sealed class EntityMention(TextSpan span, int firstToken, int endToken, EntityType type)
{
    public TextSpan Span { get; } = span;

    public int FirstToken { get; } = firstToken;

    public int EndToken { get; } = endToken;

    public EntityType Type { get; set; } = type;

    /// <summary>Canonical name from the gazetteer when the mention is a known alias ("U.S." -> "United States").</summary>
    public string? CanonicalName { get; set; }

    /// <summary>Index into <see cref="AnalysisDocument.Entities"/>; -1 until grouped.</summary>
    public int Entity { get; set; } = -1;
}

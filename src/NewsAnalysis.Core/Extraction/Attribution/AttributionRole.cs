namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>The three parts of an attribution: who (source), the words that attribute (cue), and what (content).</summary>
public enum AttributionRole
{
    Source,
    Cue,
    Content,
}

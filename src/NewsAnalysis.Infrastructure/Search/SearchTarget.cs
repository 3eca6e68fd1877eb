namespace NewsAnalysis.Infrastructure.Search;

/// <summary>What a full-text query searches.</summary>
public enum SearchTarget
{
    Articles,
    Quotes,
    Claims,
}

namespace NewsAnalysis.Infrastructure.Search;

/// <summary>A row that matched a full-text query; a higher rank is a better match.</summary>
public sealed class SearchHit
{
    public int Id { get; set; }

    public double Rank { get; set; }
}

namespace NewsAnalysis.Infrastructure.Search;

/// <summary>A highlighted excerpt of one matching row.</summary>
public sealed class Highlight
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

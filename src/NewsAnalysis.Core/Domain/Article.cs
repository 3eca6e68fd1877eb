namespace NewsAnalysis.Core.Domain;

/// <summary>A news article as posted, with the findings of its analysis.</summary>
public sealed class Article
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The body exactly as posted; every span points into it.</summary>
    public required string Body { get; set; }

    public string? Url { get; set; }

    public string? Source { get; set; }

    public string? Author { get; set; }

    public DateTime? PublishedAt { get; set; }

    public DateTime IngestedAt { get; set; }

    public required string ExtractorVersion { get; set; }

    public List<Mention> Mentions { get; set; } = [];

    public List<Quote> Quotes { get; set; } = [];

    public List<Claim> Claims { get; set; } = [];
}

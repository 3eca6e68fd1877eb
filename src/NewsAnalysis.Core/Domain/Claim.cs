namespace NewsAnalysis.Core.Domain;

/// <summary>A reported statement or a statement of numbers.</summary>
public sealed class Claim
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article? Article { get; set; }

    /// <summary>
    /// The article's date (published, else ingested), copied from it when the article is stored, so that an entity's
    /// statements are listed newest first from an index without reading their articles.
    /// </summary>
    public DateTime ArticleDate { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public int? CueStart { get; set; }

    public int? CueEnd { get; set; }

    /// <summary>The corpus-wide entity of the claimant, when the text names one.</summary>
    public int? ClaimantEntityId { get; set; }

    public Entity? ClaimantEntity { get; set; }

    /// <summary>Resolved full name of the claimant ("Vladimir Putin"), or the descriptor ("a spokesman"); null when unattributed.</summary>
    public string? ClaimantName { get; set; }

    /// <summary>Where the text names the claimant for this statement (a pronoun counts).</summary>
    public int? ClaimantStart { get; set; }

    public int? ClaimantEnd { get; set; }

    /// <summary>
    /// The claimant is a coordinated subject ("The United States, Britain and France"): no single entity, but every entity
    /// that has a name mention between <see cref="ClaimantStart"/> and <see cref="ClaimantEnd"/> in the article.
    /// </summary>
    public bool ClaimantIsGroup { get; set; }

    public double? CheckWorthiness { get; set; }

    public List<Quantity> Quantities { get; set; } = [];
}

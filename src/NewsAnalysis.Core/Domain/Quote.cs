namespace NewsAnalysis.Core.Domain;

/// <summary>A direct quote: the words inside the quotation marks.</summary>
public sealed class Quote
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

    /// <summary>The corpus-wide entity of the speaker, when the text names one.</summary>
    public int? SpeakerEntityId { get; set; }

    public Entity? SpeakerEntity { get; set; }

    /// <summary>Resolved full name of the speaker ("Vladimir Putin"), or the descriptor ("a spokesman"); null when unattributed.</summary>
    public string? SpeakerName { get; set; }

    /// <summary>Where the text names the speaker for this statement (a pronoun counts).</summary>
    public int? SpeakerStart { get; set; }

    public int? SpeakerEnd { get; set; }

    /// <summary>
    /// The speaker is a coordinated subject ("Britain and France said"): no single entity, but every entity that has a name
    /// mention between <see cref="SpeakerStart"/> and <see cref="SpeakerEnd"/> in the article.
    /// </summary>
    public bool SpeakerIsGroup { get; set; }
}

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// The parts of an <see cref="AnalysisDocument"/> that steps fill. Each is written by exactly one step and read only
/// by later ones (<see cref="IAnalysisStep.Reads"/>, <see cref="IAnalysisStep.Writes"/>).
/// </summary>
public enum DocumentLayer
{
    /// <summary>Author, content end, paragraphs, tokens and sentences.</summary>
    Segments,

    /// <summary>Name mentions with their types and entity indices.</summary>
    Mentions,

    /// <summary>The article's entities.</summary>
    Entities,

    /// <summary>Quoted stretches of text.</summary>
    Quotations,

    /// <summary>Pronouns and descriptions, each with the entity it refers to when the text settles it.</summary>
    References,

    /// <summary>Cues outside quotation marks with their sources.</summary>
    Frames,

    /// <summary>Quotes with the speakers the quote rules give, before claims are known.</summary>
    RuleQuotes,

    /// <summary>Reported statements and statements of numbers.</summary>
    Claims,

    /// <summary>The attribution tagger's attributions whose content is wholly a quotation: no claims, but speaker evidence.</summary>
    QuotedAttributions,

    /// <summary>The final quotes.</summary>
    Quotes,

    /// <summary>One check-worthiness score per claim.</summary>
    ClaimScores,
}

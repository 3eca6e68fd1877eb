namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>How a mention refers to its entity.</summary>
public enum ReferenceKind
{
    /// <summary>"he", "her", "himself".</summary>
    Pronoun,

    /// <summary>"the president", "the Russian leader".</summary>
    Description,
}

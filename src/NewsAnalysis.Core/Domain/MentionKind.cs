namespace NewsAnalysis.Core.Domain;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>By name: "Vladimir Putin", "Putin", "U.N.".</summary>
    Name,

    /// <summary>By a pronoun: "he", "her", "it", or a relative word standing for a name ("who").</summary>
    Pronoun,

    /// <summary>By a description: "the president", "the Russian leader".</summary>
    Description,
}

namespace NewsAnalysis.Core.Domain;

/// <summary>What a user's <see cref="Correction"/> changed.</summary>
public enum CorrectionKind
{
    /// <summary>An entity was merged into another: its mentions, statements and links moved, and it was deleted.</summary>
    Merge,

    /// <summary>An entity was given another name (and perhaps another type too).</summary>
    Rename,

    /// <summary>An entity was given another type, under the same name.</summary>
    Retype,

    /// <summary>The name mentions of one alias were moved from an entity to the entity of that name.</summary>
    Split,

    /// <summary>A quote was given a speaker entity.</summary>
    SetSpeaker,

    /// <summary>A quote's speaker was removed.</summary>
    ClearSpeaker,

    /// <summary>A claim was given a claimant entity.</summary>
    SetClaimant,

    /// <summary>A claim's claimant was removed.</summary>
    ClearClaimant,
}

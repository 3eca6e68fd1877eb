namespace NewsAnalysis.Api.Corrections;

/// <summary>How a correction request ended.</summary>
public enum CorrectionStatus
{
    /// <summary>Committed, or found already true and left as it was.</summary>
    Applied,

    /// <summary>An entity, quote or claim it names does not exist; nothing changed.</summary>
    NotFound,

    /// <summary>It contradicts what is stored (merging an entity into itself, a name another entity holds); nothing changed.</summary>
    Conflict,
}

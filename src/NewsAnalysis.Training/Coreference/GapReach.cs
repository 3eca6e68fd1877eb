namespace NewsAnalysis.Training.Coreference;

/// <summary>How far the pipeline gets with a GAP row's coreferent name before any pronoun is resolved.</summary>
public enum GapReach
{
    /// <summary>No mention covers the name: the recogniser missed it, and no resolver could link the pronoun to it.</summary>
    NotNamed,

    /// <summary>A mention covers the name but is typed other than Person: a pronoun reaches it only when its gender is marked.</summary>
    NamedOtherwise,

    /// <summary>The name's person is also the other name's entity, so the two cannot be told apart.</summary>
    MergedWithOther,

    /// <summary>The name is a person of its own: the resolver can get this row right.</summary>
    Apart,
}

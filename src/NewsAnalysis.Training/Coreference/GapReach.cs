namespace NewsAnalysis.Training.Coreference;

/// <summary>How far the pipeline gets with a GAP row's coreferent name before any pronoun is resolved.</summary>
public enum GapReach
{
    /// <summary>No person mention covers the name: no resolver could link the pronoun to it.</summary>
    NotAPerson,

    /// <summary>The name's person is also the other name's entity, so the two cannot be told apart.</summary>
    MergedWithOther,

    /// <summary>The name is a person of its own: the resolver can get this row right.</summary>
    Apart,
}

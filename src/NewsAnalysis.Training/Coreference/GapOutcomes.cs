namespace NewsAnalysis.Training.Coreference;

/// <summary>
/// Where the pronouns of GAP rows with a coreferent name went: to that name's entity, to the other name's, to a third
/// entity, or to none.
/// </summary>
public sealed record GapOutcomes(int Right, int OtherName, int ThirdEntity, int Unresolved);

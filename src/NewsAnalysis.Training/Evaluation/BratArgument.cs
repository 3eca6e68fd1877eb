namespace NewsAnalysis.Training.Evaluation;

/// <summary>One role of a brat event (<c>Source:T1</c>): the role name and the id of the annotation that fills it.</summary>
public sealed record BratArgument(string Role, string TargetId);

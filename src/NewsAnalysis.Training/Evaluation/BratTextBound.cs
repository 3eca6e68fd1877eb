namespace NewsAnalysis.Training.Evaluation;

/// <summary>A brat text-bound annotation (<c>T3	Content 13 40;52 90	…</c>): a labelled span of one or more fragments.</summary>
public sealed record BratTextBound(string Id, string Label, IReadOnlyList<BratFragment> Fragments);

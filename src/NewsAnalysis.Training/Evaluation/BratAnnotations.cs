namespace NewsAnalysis.Training.Evaluation;

/// <summary>The text-bound annotations (by id) and events of one brat <c>.ann</c> file.</summary>
public sealed record BratAnnotations(IReadOnlyDictionary<string, BratTextBound> TextBounds, IReadOnlyList<BratEvent> Events);

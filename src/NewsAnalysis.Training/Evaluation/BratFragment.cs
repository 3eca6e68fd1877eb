namespace NewsAnalysis.Training.Evaluation;

/// <summary>One fragment of a brat text-bound annotation, in the file's own offsets (Unicode code points, end-exclusive).</summary>
public readonly record struct BratFragment(int Start, int End);

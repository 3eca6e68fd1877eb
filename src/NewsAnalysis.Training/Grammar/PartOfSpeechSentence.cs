namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// A training or evaluation sentence: its words, one gold Penn Treebank tag per word, and the index of
/// the document it belongs to (consecutive sentences with the same index form one document).
/// </summary>
public sealed record PartOfSpeechSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags, int DocumentIndex);

using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Training.Corpora;

/// <summary>
/// A training or evaluation sentence: its tokens, its gold entities as token ranges, and the index of
/// the document it belongs to (consecutive sentences with the same index form one document).
/// </summary>
public sealed record TaggedSentence(IReadOnlyList<string> Tokens, IReadOnlyList<RecognizedEntity> Entities, int DocumentIndex);

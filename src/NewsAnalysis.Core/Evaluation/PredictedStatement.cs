using NewsAnalysis.Core.Extraction.Text;

namespace NewsAnalysis.Core.Evaluation;

/// <summary>A quote or claim the pipeline found, reduced to what is scored: its span and its source mention.</summary>
public sealed record PredictedStatement(TextSpan Span, TextSpan? Source, PredictedStatementKind Kind);

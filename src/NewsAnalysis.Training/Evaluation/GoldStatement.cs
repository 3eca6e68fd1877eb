namespace NewsAnalysis.Training.Evaluation;

/// <summary>A gold quote or content to be found, with the source spans it is attributed to.</summary>
/// <param name="Span">The characters of the quote (marks excluded) or of the content (all fragments).</param>
/// <param name="Sources">Source spans of the attributions that hold it; empty when annotated without a source.</param>
/// <param name="AttributionId">The brat event it comes from (the first, when several hold the same span).</param>
public sealed record GoldStatement(TextSpanSet Span, IReadOnlyList<TextSpanSet> Sources, string AttributionId);

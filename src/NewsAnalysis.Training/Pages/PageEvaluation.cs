namespace NewsAnalysis.Training.Pages;

/// <summary>One page's outcome: what was extracted (empty when the extractor found no article) and its score.</summary>
public sealed record PageEvaluation(ExtractionPage Page, string ExtractedBody, ShingleScore Score);

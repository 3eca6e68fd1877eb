using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Training.Attribution;

/// <summary>
/// One training article: analysed by the steps that run before the tagger (tokens, names, quotation
/// marks, rule-based cues), with its gold sources, cues and contents as token ranges.
/// </summary>
public sealed record AttributionTrainingExample(AnalysisDocument Document, IReadOnlyList<RoleSpan> Gold);

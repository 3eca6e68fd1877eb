using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// Words that refer to an entity without naming it: a pronoun ("she", "his") or a description ("the president").
/// </summary>
/// <param name="Span">The words in the body.</param>
/// <param name="Token">Index of the reference's last token in <see cref="AnalysisDocument.Tokens"/>.</param>
/// <param name="Kind">Pronoun or description.</param>
/// <param name="Entity">Index into <see cref="AnalysisDocument.Entities"/>, or null when the text does not settle who it is.</param>
public sealed record EntityReference(TextSpan Span, int Token, ReferenceKind Kind, int? Entity);

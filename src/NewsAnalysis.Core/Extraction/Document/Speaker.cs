using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>Who a quote or claim is attributed to: where the text names them and, when resolved, the article entity.</summary>
/// <param name="Mention">The words naming the source for this statement ("Putin", "he", "a spokesman").</param>
/// <param name="Entity">Index into <see cref="AnalysisDocument.Entities"/>, or null when the source is not a named entity.</param>
/// <param name="Name">The resolved full name, or the descriptor itself when unresolved.</param>
/// <param name="Members">
/// For a coordinated subject ("The United States, Britain and France"), the entities it names, in text order; the
/// speaker as a whole is then no single entity (<paramref name="Entity"/> is null). Null for anyone else.
/// </param>
public sealed record Speaker(TextSpan Mention, int? Entity, string Name, IReadOnlyList<int>? Members = null);

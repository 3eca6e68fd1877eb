using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Finds the names of an article and groups them into its entities: the recogniser and the name rules propose
/// mentions (<see cref="MentionRecognizer"/>), then the mentions of one person or organisation become one entity
/// (<see cref="MentionGrouper"/>). One step, because grouping also settles the mentions' types and adds the
/// surnames the recogniser missed.
/// </summary>
public sealed class EntityStep(AliasGazetteer gazetteer, EntityRecognizer? recognizer) : IAnalysisStep
{
    private readonly MentionRecognizer _recognizer = new(gazetteer, recognizer);

    public IReadOnlyList<DocumentLayer> Reads { get; } = [DocumentLayer.Segments];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.Mentions, DocumentLayer.Entities];

    public void Run(AnalysisDocument document)
    {
        _recognizer.Recognize(document);
        MentionGrouper.Group(document);
    }

    /// <summary>The mentions alone, before grouping: what the entity evaluation scores.</summary>
    public void RecognizeMentions(AnalysisDocument document) => _recognizer.Recognize(document);
}

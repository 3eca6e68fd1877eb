using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>Scores every claim for check-worthiness, so that users can rank what to verify first.</summary>
public sealed class CheckWorthinessStep(CheckWorthinessClassifier classifier) : IAnalysisStep
{
    /// <summary>The classifier that scores the claims.</summary>
    public CheckWorthinessClassifier Classifier { get; } = classifier;

    public IReadOnlyList<DocumentLayer> Reads { get; } = [DocumentLayer.Segments, DocumentLayer.Claims];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.ClaimScores];

    public void Run(AnalysisDocument document)
    {
        if (document.Claims.Count == 0)
        {
            return;
        }

        // One call for all claims of the article, so that the sentence encoder runs in batches.
        var scores = Classifier.Score([.. document.Claims.Select(c => document.TextOf(c.Span))]);
        document.ClaimScores.AddRange(scores.Select(score => Math.Round(score, 4)));
    }
}

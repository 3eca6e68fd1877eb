namespace NewsAnalysis.Training.Evaluation;

/// <summary>A gold statement paired with the predicted one that covers it.</summary>
public sealed record StatementMatch(GoldStatement Gold, PredictedStatement Predicted, double Overlap)
{
    /// <summary>Whether the source can be judged: an attribution annotated without a source cannot.</summary>
    public bool SourceJudged => Gold.Sources.Count > 0;

    /// <summary>The predicted source mention overlaps a gold source span; no predicted source is wrong.</summary>
    public bool SourceCorrect => Predicted.Source is { } source && Gold.Sources.Any(s => s.Overlaps(source));
}

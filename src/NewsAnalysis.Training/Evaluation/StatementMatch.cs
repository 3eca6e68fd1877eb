namespace NewsAnalysis.Training.Evaluation;

/// <summary>A gold statement paired with the predicted one that covers it.</summary>
public sealed record StatementMatch(GoldStatement Gold, PredictedStatement Predicted, double Overlap)
{
    /// <summary>Whether the source can be judged: an attribution annotated without a source cannot.</summary>
    public bool SourceJudged => Gold.Sources.Count > 0;

    /// <summary>The predicted source mention overlaps a gold source span; no predicted source is wrong.</summary>
    public bool SourceCorrect => Predicted.Source is { } source && Gold.Sources.Any(s => s.Overlaps(source));

    /// <summary>
    /// The predicted source is the gold source's person: its mention overlaps a gold source span, or it was resolved
    /// to an entity that the article names at a gold source span ("he" resolved to Trump where gold marks "Trump").
    /// A gold source that is itself a pronoun or a description is judged by overlap alone: PolNeAR does not say who
    /// it stands for.
    /// </summary>
    public bool SourcePersonCorrect => SourceCorrect
        || Predicted.SourceNames.Any(name => Gold.Sources.Any(s => s.Overlaps(name)));
}

namespace NewsAnalysis.Training.Evaluation;

/// <summary>Which list of the analysis a predicted statement comes from.</summary>
public enum PredictedStatementKind
{
    Quote,
    Claim,
}

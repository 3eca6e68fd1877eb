namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// Counts from comparing predicted with gold statements. Adding counts over articles and computing
/// the ratios at the end gives micro-averaged figures.
/// </summary>
/// <param name="SourcePersonCorrect">Matches whose source names the gold source's person (<see cref="StatementMatch.SourcePersonCorrect"/>).</param>
public readonly record struct MatchCounts(int Gold, int Predicted, int Matched, int SourceJudged, int SourceCorrect, int SourcePersonCorrect = 0)
{
    public double Precision => Ratio(Matched, Predicted);

    public double Recall => Ratio(Matched, Gold);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of matched statements (with a gold source) whose predicted source overlaps it.</summary>
    public double SourceAccuracy => Ratio(SourceCorrect, SourceJudged);

    /// <summary>Share of matched statements (with a gold source) whose predicted source is the gold source's person.</summary>
    public double SourcePersonAccuracy => Ratio(SourcePersonCorrect, SourceJudged);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => new(
        a.Gold + b.Gold,
        a.Predicted + b.Predicted,
        a.Matched + b.Matched,
        a.SourceJudged + b.SourceJudged,
        a.SourceCorrect + b.SourceCorrect,
        a.SourcePersonCorrect + b.SourcePersonCorrect);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

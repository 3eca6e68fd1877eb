namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// One-to-one matching of predicted with gold statements: a pair qualifies when the intersection over
/// union of their characters reaches the threshold, and pairs are taken greedily, best overlap first.
/// </summary>
public sealed class StatementComparison
{
    public const double DefaultThreshold = 0.5;

    private StatementComparison(
        IReadOnlyList<StatementMatch> matches,
        IReadOnlyList<GoldStatement> misses,
        IReadOnlyList<PredictedStatement> falseAlarms,
        MatchCounts counts)
    {
        Matches = matches;
        Misses = misses;
        FalseAlarms = falseAlarms;
        Counts = counts;
    }

    public IReadOnlyList<StatementMatch> Matches { get; }

    /// <summary>Gold statements no prediction matched, in text order.</summary>
    public IReadOnlyList<GoldStatement> Misses { get; }

    /// <summary>Predictions that matched no gold statement, in text order.</summary>
    public IReadOnlyList<PredictedStatement> FalseAlarms { get; }

    /// <summary>Matches whose source is judged and wrong, in text order.</summary>
    public IEnumerable<StatementMatch> WrongSources => Matches.Where(m => m.SourceJudged && !m.SourceCorrect);

    public MatchCounts Counts { get; }

    public static StatementComparison Compare(
        IReadOnlyList<GoldStatement> gold,
        IReadOnlyList<PredictedStatement> predicted,
        double threshold = DefaultThreshold)
    {
        var candidates = new List<(int Gold, int Predicted, double Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = gold[g].Span.IntersectionOverUnion(predicted[p].Span);
                if (overlap >= threshold && overlap > 0)
                {
                    candidates.Add((g, p, overlap));
                }
            }
        }

        // Ties go to the earlier pair so the result does not depend on sort stability.
        candidates.Sort((a, b) => b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var matches = new List<StatementMatch>();
        foreach (var (g, p, overlap) in candidates)
        {
            if (!goldTaken[g] && !predictedTaken[p])
            {
                goldTaken[g] = predictedTaken[p] = true;
                matches.Add(new StatementMatch(gold[g], predicted[p], overlap));
            }
        }

        matches.Sort((a, b) => a.Gold.Span.Extent.Start.CompareTo(b.Gold.Span.Extent.Start));
        var misses = gold.Where((_, g) => !goldTaken[g]).OrderBy(s => s.Span.Extent.Start).ToList();
        var falseAlarms = predicted.Where((_, p) => !predictedTaken[p]).OrderBy(s => s.Span.Extent.Start).ToList();
        var counts = new MatchCounts(
            gold.Count,
            predicted.Count,
            matches.Count,
            matches.Count(m => m.SourceJudged),
            matches.Count(m => m.SourceJudged && m.SourceCorrect),
            matches.Count(m => m.SourceJudged && m.SourcePersonCorrect));
        return new StatementComparison(matches, misses, falseAlarms, counts);
    }
}

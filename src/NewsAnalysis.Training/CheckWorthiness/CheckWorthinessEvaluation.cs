using NewsAnalysis.Core.Extraction.CheckWorthiness;

namespace NewsAnalysis.Training.CheckWorthiness;

/// <summary>Confusion counts for the check-worthy class and the precision, recall and F1 they give.</summary>
public sealed record CheckWorthinessEvaluation(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Share of sentences called check-worthy that are.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Share of check-worthy sentences that were found.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Scores every example with <paramref name="scorer"/> and compares against its threshold.</summary>
    public static CheckWorthinessEvaluation Evaluate(
        CheckWorthinessScorer scorer,
        IEnumerable<(string Text, bool CheckWorthy)> examples)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var scored = examples.Select(e => (scorer.Score(e.Text), e.CheckWorthy)).ToList();
        return FromScores(scored, scorer.Threshold);
    }

    /// <summary>Scores all examples with <paramref name="classifier"/> in one call and compares against its threshold.</summary>
    public static CheckWorthinessEvaluation Evaluate(
        CheckWorthinessClassifier classifier,
        IReadOnlyList<(string Text, bool CheckWorthy)> examples)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(examples);
        var scores = classifier.Score([.. examples.Select(e => e.Text)]);
        return FromScores(scores.Zip(examples, (score, e) => (score, e.CheckWorthy)), classifier.Threshold);
    }

    /// <summary>Counts outcomes when scores at or above <paramref name="threshold"/> mean check-worthy.</summary>
    public static CheckWorthinessEvaluation FromScores(IEnumerable<(double Score, bool CheckWorthy)> scored, double threshold)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (score, checkWorthy) in scored)
        {
            var predicted = score >= threshold;
            if (predicted && checkWorthy)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (checkWorthy)
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return new CheckWorthinessEvaluation(tp, fp, fn, tn);
    }

    /// <summary>
    /// The threshold that maximises F1 on <paramref name="scored"/>. It lies halfway between two adjacent
    /// distinct scores rather than on one, so a tiny change in a score does not flip the decision.
    /// </summary>
    public static double BestF1Threshold(IReadOnlyList<(double Score, bool CheckWorthy)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var sorted = scored.OrderByDescending(s => s.Score).ToArray();
        var positives = sorted.Count(s => s.CheckWorthy);
        var bestF1 = -1.0;
        var bestThreshold = 0.5;
        var tp = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].CheckWorthy)
            {
                tp++;
            }

            // Only cut between distinct scores: everything at index <= i is called check-worthy.
            if (i + 1 < sorted.Length && sorted[i + 1].Score == sorted[i].Score)
            {
                continue;
            }

            var predicted = i + 1;
            var f1 = Ratio(2 * tp, predicted + positives);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                bestThreshold = i + 1 < sorted.Length ? (sorted[i].Score + sorted[i + 1].Score) / 2 : sorted[i].Score;
            }
        }

        return bestThreshold;
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0.0 : (double)numerator / denominator;
}

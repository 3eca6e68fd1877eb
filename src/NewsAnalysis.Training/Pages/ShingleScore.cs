using System.Text.RegularExpressions;

namespace NewsAnalysis.Training.Pages;

/// <summary>
/// One page's score in the ScrapingHub article-extraction benchmark: shingles of four consecutive <c>\w+</c>
/// tokens of the extracted body against those of the true body, counted as multisets; TP, FP and FN are
/// divided by their sum so that every page weighs the same in the averages.
/// </summary>
/// <param name="TruePositive">Shared shingles (the smaller of the two counts of each), as a share of all.</param>
/// <param name="FalsePositive">Extracted shingles beyond the true count, as a share of all.</param>
/// <param name="FalseNegative">True shingles beyond the extracted count, as a share of all.</param>
public readonly partial record struct ShingleScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    private const int ShingleLength = 4;

    /// <summary>TP / (TP + FP); 0 when nothing was extracted but the page has a body (the extractor missed it).</summary>
    public double Precision => TruePositive + FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

    /// <summary>TP / (TP + FN); 0 when the page has no true shingle but something was extracted.</summary>
    public double Recall => TruePositive + FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="expected"/>; two bodies without a shingle score 1.</summary>
    public static ShingleScore Compare(string expected, string predicted)
    {
        var expectedCounts = Shingles(expected);
        var predictedCounts = Shingles(predicted);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in expectedCounts)
        {
            var other = predictedCounts.GetValueOrDefault(shingle);
            tp += Math.Min(count, other);
            fn += Math.Max(0, count - other);
        }

        foreach (var (shingle, count) in predictedCounts)
        {
            fp += Math.Max(0, count - expectedCounts.GetValueOrDefault(shingle));
        }

        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleScore(1, 0, 0) : new ShingleScore(tp / sum, fp / sum, fn / sum);
    }

    /// <summary>The multiset of shingles of <paramref name="text"/>, each the tokens joined by a space.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleLength <= tokens.Length; i++)
        {
            var shingle = string.Join(' ', tokens, i, ShingleLength);
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}

using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Training.Coreference;

/// <summary>Counts of GAP's coreferent class over names A and B together: all rows, masculine rows, feminine rows.</summary>
public sealed class GapScores(IReadOnlyList<GapPrediction> predictions)
{
    public IReadOnlyList<GapPrediction> Predictions { get; } = predictions;

    public MatchCounts Overall => Count(_ => true);

    public MatchCounts Masculine => Count(p => p.Example.IsMasculine);

    public MatchCounts Feminine => Count(p => !p.Example.IsMasculine);

    /// <summary>F1 on feminine rows over F1 on masculine rows (GAP's bias; 1 is parity).</summary>
    public double Bias => Masculine.F1 == 0 ? 0 : Feminine.F1 / Masculine.F1;

    /// <summary>
    /// Rows with a coreferent name, those whose name is a person at all, and those of them kept apart from the other name;
    /// and of the rest, those whose name is a mention of another type.
    /// </summary>
    public (int Rows, int NamedAsPerson, int Separable, int NamedOtherwise) Reach => (
        Predictions.Count(p => p.Reach is not null),
        Predictions.Count(p => p.Reach is GapReach.MergedWithOther or GapReach.Apart),
        Predictions.Count(p => p.Reach is GapReach.Apart),
        Predictions.Count(p => p.Reach is GapReach.NamedOtherwise));

    /// <summary>What became of the pronouns of the rows with a coreferent name.</summary>
    public GapOutcomes Outcomes => OutcomesOf(_ => true);

    /// <summary><see cref="Outcomes"/> of the masculine rows, then of the feminine rows.</summary>
    public (GapOutcomes Masculine, GapOutcomes Feminine) OutcomesByGender =>
        (OutcomesOf(p => p.Example.IsMasculine), OutcomesOf(p => !p.Example.IsMasculine));

    private GapOutcomes OutcomesOf(Func<GapPrediction, bool> filter)
    {
        var rows = Predictions.Where(p => (p.Example.ACoreferent || p.Example.BCoreferent) && filter(p)).ToList();
        var right = rows.Count(p => p.Example.ACoreferent && p.A || p.Example.BCoreferent && p.B);
        var other = rows.Count(p => !(p.Example.ACoreferent && p.A || p.Example.BCoreferent && p.B) && (p.A || p.B));
        var unresolved = rows.Count(p => !p.Resolved);
        return new GapOutcomes(right, other, rows.Count - right - other - unresolved, unresolved);
    }

    private MatchCounts Count(Func<GapPrediction, bool> rows)
    {
        var counts = default(MatchCounts);
        foreach (var p in Predictions.Where(rows))
        {
            counts += Of(p.Example.ACoreferent, p.A) + Of(p.Example.BCoreferent, p.B);
        }

        return counts;
    }

    private static MatchCounts Of(bool gold, bool predicted) => new(gold ? 1 : 0, predicted ? 1 : 0, gold && predicted ? 1 : 0, 0, 0);
}

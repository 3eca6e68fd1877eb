using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Coreference;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Extraction.Segmentation;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Learning;

namespace NewsAnalysis.Training.Coreference;

/// <summary>
/// Trains the <see cref="AntecedentModel"/> on GAP rows: each row's passage is analysed up to the quotations, the
/// pronoun's candidates are those the coreference step would weigh, and a candidate is a positive example when its
/// entity is named by the row's coreferent name, a negative one when by the other name or, in a row whose pronoun is
/// one of the two, by neither; in a row whose pronoun is neither, a third person is left out (it may be the one). The
/// first names that mark a gender come from <see cref="FirstNameSightings"/>. The threshold is then the one that
/// scores best on the tuning rows.
/// </summary>
public static class AntecedentModelTrainer
{
    public static AntecedentModel Train(IReadOnlyList<GapExample> training, AntecedentTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = Inputs();
        var firstNames = FirstNameSightings.Of(training);
        var examples = new List<(IReadOnlyList<int> Features, bool Label)>();
        foreach (var row in training)
        {
            examples.AddRange(Examples(inputs, row, firstNames, options.HashBits));
        }

        var weights = SparseLogisticRegression.Train(examples, 1 << options.HashBits, options.Epochs, options.Seed, options.LearningRate, options.L2);
        return new AntecedentModel(options.HashBits, weights, options.Threshold, firstNames);
    }

    /// <summary>The balance of feminine to masculine F1 a threshold must keep to be preferred (issue 14's target).</summary>
    public const double MinBias = 0.95;

    /// <summary>
    /// How much GAP F1 the tuned threshold may give up to be more cautious: GAP's pronouns nearly all stand for a name
    /// before them, a news article's often do not, and what the text does not settle must stay unresolved.
    /// </summary>
    public const double CautionF1 = 0.01;

    /// <summary>
    /// The threshold of <paramref name="model"/> for <paramref name="tuning"/>: among the thresholds whose feminine F1 is
    /// at least <see cref="MinBias"/> of the masculine (all of them when none is), the highest whose GAP F1 is within
    /// <see cref="CautionF1"/> of the best; with its F1, and every threshold tried with its F1 and bias.
    /// </summary>
    public static (AntecedentModel Model, double F1, IReadOnlyList<(double Threshold, double F1, double Bias)> Tried) TuneThreshold(
        AntecedentModel model, IReadOnlyList<GapExample> tuning, IEnumerable<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);
        // GAP's metric reads only names and pronouns, so the steps after coreference need not run.
        var inputs = Inputs();
        var tried = new List<(double Threshold, double F1, double Bias)>();
        foreach (var threshold in thresholds)
        {
            var scores = GapScorer.Score(new ExtractionPipeline([.. inputs.Steps, new CoreferenceStep(model.WithThreshold(threshold))]), tuning);
            tried.Add((threshold, scores.Overall.F1, scores.Bias));
        }

        var balanced = tried.Where(t => t.Bias >= MinBias).ToList();
        var eligible = balanced.Count > 0 ? balanced : tried;
        var bestF1 = eligible.Max(t => t.F1);
        var chosen = eligible.Where(t => t.F1 >= bestF1 - CautionF1).MaxBy(t => t.Threshold);
        return (model.WithThreshold(chosen.Threshold), chosen.F1, tried);
    }

    private static ExtractionPipeline Inputs() => new(
    [
        new TextSegmentationStep(),
        new EntityStep(AliasGazetteer.LoadDefault(), EntityRecognizer.LoadDefault()),
        new QuotationStep(),
    ]);

    private static IEnumerable<(IReadOnlyList<int> Features, bool Label)> Examples(
        ExtractionPipeline inputs, GapExample row, FirstNameGenders firstNames, int hashBits)
    {
        var document = inputs.Analyze(row.Text);
        var pronoun = document.TokenIndexAtOrAfter(row.PronounOffset);
        if (pronoun >= document.Tokens.Count || document.Tokens[pronoun].Start != row.PronounOffset
            || CoreferenceStep.GenderOf(document.Tokens[pronoun].Text) is not { } gender)
        {
            yield break;
        }

        var a = new TextSpan(row.AOffset, row.AOffset + row.A.Length);
        var b = new TextSpan(row.BOffset, row.BOffset + row.B.Length);
        var candidates = CoreferenceStep.Candidates(document, pronoun, gender, CoreferenceStep.ContextOf(document, firstNames), hashBits);
        foreach (var candidate in candidates)
        {
            var namesA = Names(document, candidate.Mention.Entity, a);
            var namesB = Names(document, candidate.Mention.Entity, b);
            var coreferent = namesA && row.ACoreferent || namesB && row.BCoreferent;
            // When the pronoun is A or B, a third person it could have been is a wrong answer too.
            var other = namesA && !row.ACoreferent || namesB && !row.BCoreferent
                || !namesA && !namesB && (row.ACoreferent || row.BCoreferent);
            if (coreferent != other)
            {
                yield return (candidate.Features, coreferent);
            }
        }
    }

    private static bool Names(AnalysisDocument document, int entity, TextSpan name) =>
        document.Mentions.Any(m => m.Entity == entity && m.Span.Overlaps(name));
}

using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Labels each paragraph left to right keeping the <c>width</c> best label sequences so far (beam
/// search), so that a content can still start at a token the best single sequence labelled otherwise.
/// Training uses early update: as soon as the gold sequence falls out of the beam, the weights move
/// towards the gold prefix and away from the best prefix, and the rest of the paragraph is skipped. The
/// step is passive-aggressive (MIRA): just large enough for the gold prefix to beat the predicted one by
/// its number of wrong labels, at most <c>maxStep</c>; the structured perceptron's fixed step scored 0.006
/// lower in cross-validation (docs/decisions/0003). An instance holds scratch buffers: use one per thread.
/// </summary>
internal sealed class AttributionBeamDecoder
{
    /// <summary>
    /// Weights are kept this many times larger than the step sizes, so that they stay on the scale of the
    /// perceptron's counts, for which the pruning threshold and the half-precision model file were made.
    /// </summary>
    private const float WeightScale = 100f;

    private readonly int _width;
    private readonly float _maxStep;
    private Hypothesis[] _hypotheses = new Hypothesis[1024];
    private readonly ulong[] _features = new ulong[AttributionFeatures.MaxFeatures];
    private readonly float[] _scores = new float[RoleLabels.Count];
    private readonly Dictionary<(ulong Feature, int Label), int> _difference = [];

    /// <param name="width">Label sequences kept.</param>
    /// <param name="maxStep">Training only: the largest passive-aggressive step.</param>
    public AttributionBeamDecoder(int width, float maxStep = 1f)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxStep);
        _width = width;
        _maxStep = maxStep;
    }

    /// <param name="labels">One label per document token, overwritten.</param>
    /// <param name="gold">For training: the gold labels, a valid sequence within each paragraph.</param>
    /// <returns>The number of tokens whose label differed from the gold label.</returns>
    public int Decode(TokenContext context, ILabelScorer scorer, int[] labels, PerceptronTrainer? trainer = null, int[]? gold = null)
    {
        var mistakes = 0;
        foreach (var (lo, hi) in context.Units)
        {
            mistakes += DecodeUnit(context, scorer, labels, null, lo, hi, trainer, gold);
        }

        return mistakes;
    }

    /// <summary>
    /// Decodes, and gives how sure the model was of each label it chose: the label's score minus that of the best
    /// other label allowed after the same labels before it (in weight units over <see cref="WeightScale"/>).
    /// </summary>
    /// <param name="margins">One margin per document token, overwritten; tokens outside every paragraph get 0.</param>
    public void Decode(TokenContext context, ILabelScorer scorer, int[] labels, float[] margins)
    {
        Array.Clear(margins);
        foreach (var (lo, hi) in context.Units)
        {
            DecodeUnit(context, scorer, labels, margins, lo, hi, null, null);
        }
    }

    private int DecodeUnit(TokenContext context, ILabelScorer scorer, int[] labels, float[]? margins, int lo, int hi, PerceptronTrainer? trainer, int[]? gold)
    {
        var length = hi - lo;
        var needed = (length + 1) * _width;
        if (_hypotheses.Length < needed)
        {
            _hypotheses = new Hypothesis[Math.Max(needed, _hypotheses.Length * 2)];
        }

        Span<float> staticScores = stackalloc float[RoleLabels.Count];
        Span<float> dynamicScoresByHypothesis = stackalloc float[_width * RoleLabels.Count];
        Span<RoleHistory> histories = stackalloc RoleHistory[_width];
        Span<Candidate> candidates = stackalloc Candidate[_width * RoleLabels.Count];
        var features = _features.AsSpan();

        // Row r of the table holds the beam after r tokens; row 0 is the empty sequence.
        _hypotheses[0] = new Hypothesis(RoleHistory.Start, 0f, -1, 0f);
        var rowSize = 1;
        var training = gold is not null && trainer is not null;
        var goldIndex = 0;
        for (var i = lo; i < hi; i++)
        {
            var row = i - lo;
            var staticCount = AttributionFeatures.AddStatic(context, lo, hi, i, features);
            scorer.Score(features[..staticCount], staticScores);
            var candidateCount = 0;
            for (var h = 0; h < rowSize; h++)
            {
                var hypothesis = _hypotheses[(row * _width) + h];
                var history = hypothesis.History.At(context, i);
                histories[h] = history;
                var dynamicScores = dynamicScoresByHypothesis.Slice(h * RoleLabels.Count, RoleLabels.Count);
                // The label-dependent features read only the history, so hypotheses that reached this token with the
                // same history (they differ further back) share their scores, which are then the same floats.
                var same = histories[..h].IndexOf(history);
                if (same >= 0)
                {
                    dynamicScoresByHypothesis.Slice(same * RoleLabels.Count, RoleLabels.Count).CopyTo(dynamicScores);
                }
                else
                {
                    var dynamicCount = AttributionFeatures.AddDynamic(context, hi, i, history, features[staticCount..]);
                    scorer.Score(features.Slice(staticCount, dynamicCount), dynamicScores);
                }

                var best = float.NegativeInfinity;
                var second = float.NegativeInfinity;
                for (var label = 0; label < RoleLabels.Count; label++)
                {
                    if (RoleLabels.IsAllowed(history.Previous, label))
                    {
                        var local = staticScores[label] + dynamicScores[label];
                        (best, second) = local > best ? (local, best) : (best, Math.Max(second, local));
                    }
                }

                for (var label = 0; label < RoleLabels.Count; label++)
                {
                    if (RoleLabels.IsAllowed(history.Previous, label))
                    {
                        // Summed in this order as before margins were kept: the same floats, so the same training.
                        var local = staticScores[label] + dynamicScores[label];
                        var margin = (local - (local == best ? second : best)) / WeightScale;
                        candidates[candidateCount++] = new Candidate(hypothesis.Score + staticScores[label] + dynamicScores[label], h, label, margin);
                    }
                }
            }

            var kept = SelectBest(candidates[..candidateCount]);
            var nextGold = -1;
            for (var k = 0; k < kept; k++)
            {
                var candidate = candidates[k];
                var parent = _hypotheses[(row * _width) + candidate.Parent];
                _hypotheses[((row + 1) * _width) + k] = new Hypothesis(
                    parent.History.At(context, i).After(i, candidate.Label), candidate.Score, candidate.Parent, candidate.Margin);
                if (training && candidate.Parent == goldIndex && candidate.Label == gold![i])
                {
                    nextGold = k;
                }
            }

            rowSize = kept;
            if (training)
            {
                trainer!.Tick();
                if (nextGold < 0)
                {
                    // Early update: the gold prefix has fallen out of the beam, so it can no longer win.
                    var end = i + 1;
                    BackTrack(labels, null, lo, end, 0);
                    var wrong = CountWrong(labels, gold!, lo, end);
                    UpdateTowardsGold(context, trainer, labels, gold!, lo, hi, end);
                    return wrong + (hi - end);
                }

                goldIndex = nextGold;
            }
        }

        BackTrack(labels, margins, lo, hi, 0);
        if (!training)
        {
            return 0;
        }

        var mistakes = CountWrong(labels, gold!, lo, hi);
        if (mistakes > 0)
        {
            UpdateTowardsGold(context, trainer!, labels, gold!, lo, hi, hi);
        }

        return mistakes;
    }

    /// <summary>Moves the best beam-width candidates to the front, best first; ties keep their order.</summary>
    /// <remarks>
    /// One pass that inserts each candidate into the sorted front after every candidate that scores at least as much
    /// (so ties keep their order), which keeps the same ones in the same order as picking the best of the rest
    /// beam-width times and shifting the others down, without moving every candidate once per pick.
    /// </remarks>
    private int SelectBest(Span<Candidate> candidates)
    {
        var kept = 0;
        for (var c = 0; c < candidates.Length; c++)
        {
            var candidate = candidates[c];
            var at = kept;
            while (at > 0 && candidate.Score > candidates[at - 1].Score)
            {
                at--;
            }

            if (at >= _width)
            {
                continue;
            }

            // Room for it at the front: what follows moves one place down, the last of a full front drops out.
            for (var k = Math.Min(kept, _width - 1); k > at; k--)
            {
                candidates[k] = candidates[k - 1];
            }

            candidates[at] = candidate;
            kept = Math.Min(kept + 1, _width);
        }

        return kept;
    }

    private void BackTrack(int[] labels, float[]? margins, int lo, int end, int index)
    {
        for (var i = end - 1; i >= lo; i--)
        {
            var hypothesis = _hypotheses[((i - lo + 1) * _width) + index];
            labels[i] = hypothesis.History.Previous;
            if (margins is not null)
            {
                margins[i] = hypothesis.Margin;
            }

            index = hypothesis.Back;
        }
    }

    private static int CountWrong(int[] labels, int[] gold, int lo, int end)
    {
        var wrong = 0;
        for (var i = lo; i < end; i++)
        {
            wrong += labels[i] != gold[i] ? 1 : 0;
        }

        return wrong;
    }

    /// <summary>Adds the features of the gold prefix and subtracts those of the predicted one, token by token where they differ.</summary>
    private void UpdateTowardsGold(TokenContext context, PerceptronTrainer trainer, int[] predicted, int[] gold, int lo, int hi, int end)
    {
        var first = lo;
        while (first < end && predicted[first] == gold[first])
        {
            first++;
        }

        var step = StepSize(context, trainer, predicted, gold, lo, hi, first, end);
        if (step > 0)
        {
            ForEachDifferingToken(context, predicted, gold, lo, hi, first, end, (features, label, sign) => trainer.Adjust(features, label, sign * step));
        }
    }

    /// <summary>
    /// The smallest step that makes the gold prefix outscore the predicted one by the number of labels the
    /// latter has wrong (moving by the difference of their feature vectors times the step closes the gap), capped.
    /// </summary>
    private float StepSize(TokenContext context, PerceptronTrainer trainer, int[] predicted, int[] gold, int lo, int hi, int first, int end)
    {
        var wrong = 0;
        for (var i = first; i < end; i++)
        {
            wrong += predicted[i] != gold[i] ? 1 : 0;
        }

        var gap = 0f;
        _difference.Clear();
        ForEachDifferingToken(context, predicted, gold, lo, hi, first, end, (features, label, sign) =>
        {
            trainer.Score(features, _scores);
            gap -= sign * _scores[label];
            foreach (var feature in features)
            {
                _difference[(feature, label)] = _difference.GetValueOrDefault((feature, label)) + sign;
            }
        });

        var squaredNorm = 0f;
        foreach (var count in _difference.Values)
        {
            squaredNorm += count * count;
        }

        return squaredNorm == 0 ? 0 : Math.Clamp(((WeightScale * wrong) + gap) / squaredNorm, 0f, WeightScale * _maxStep);
    }

    /// <summary>
    /// For each token from <paramref name="first"/> to <paramref name="end"/>: the features under the gold labels so
    /// far with the gold label and sign +1, then those under the predicted labels with the predicted label and -1.
    /// </summary>
    private void ForEachDifferingToken(TokenContext context, int[] predicted, int[] gold, int lo, int hi, int first, int end, FeatureVisitor visit)
    {
        var features = _features.AsSpan();
        var goldHistory = RoleHistory.Start;
        var predictedHistory = RoleHistory.Start;
        for (var i = lo; i < end; i++)
        {
            goldHistory = goldHistory.At(context, i);
            predictedHistory = predictedHistory.At(context, i);
            if (i >= first)
            {
                var staticCount = AttributionFeatures.AddStatic(context, lo, hi, i, features);
                var goldCount = AttributionFeatures.AddDynamic(context, hi, i, goldHistory, features[staticCount..]);
                visit(features[..(staticCount + goldCount)], gold[i], 1);
                var predictedCount = AttributionFeatures.AddDynamic(context, hi, i, predictedHistory, features[staticCount..]);
                visit(features[..(staticCount + predictedCount)], predicted[i], -1);
            }

            goldHistory = goldHistory.After(i, gold[i]);
            predictedHistory = predictedHistory.After(i, predicted[i]);
        }
    }

    private delegate void FeatureVisitor(ReadOnlySpan<ulong> features, int label, int sign);

    /// <param name="History">The labels so far; <see cref="RoleHistory.Previous"/> is this hypothesis's own label.</param>
    /// <param name="Margin">How far this hypothesis's own label scored above the best other label after its parent.</param>
    private readonly record struct Hypothesis(RoleHistory History, float Score, int Back, float Margin);

    private readonly record struct Candidate(float Score, int Parent, int Label, float Margin);
}

namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// Multiclass perceptron with weight averaging. Rows are created only for features that take part in
/// an update, so memory follows the mistakes made rather than every feature seen. Averaging uses the
/// running-sum trick: keep the current weights w and a sum u of step * update, then average = w - u / step.
/// </summary>
internal sealed class PerceptronTrainer : ILabelScorer
{
    private const int InitialRows = 65536;
    private readonly int _width;
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _weights;
    private double[] _stepWeighted;
    private long _step = 1;

    /// <param name="labelCount">Number of labels the model chooses between: the width of every weight row.</param>
    public PerceptronTrainer(int labelCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labelCount, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labelCount, LabelWeights.MaxLabels);
        _width = labelCount;
        _weights = new float[labelCount * InitialRows];
        _stepWeighted = new double[labelCount * InitialRows];
    }

    public int LabelCount => _width;

    public int FeatureCount => _rows.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Accumulate(features, scores);
    }

    public void Accumulate(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * _width, _width);
                for (var k = 0; k < _width; k++)
                {
                    scores[k] += weights[k];
                }
            }
        }
    }

    /// <summary>Moves the weights of <paramref name="features"/> towards <paramref name="good"/> and away from <paramref name="bad"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int good, int bad)
    {
        foreach (var feature in features)
        {
            var offset = RowOf(feature) * _width;
            _weights[offset + good] += 1;
            _stepWeighted[offset + good] += _step;
            _weights[offset + bad] -= 1;
            _stepWeighted[offset + bad] -= _step;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="label"/> for each of <paramref name="features"/>.</summary>
    public void Adjust(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (var feature in features)
        {
            var offset = (RowOf(feature) * _width) + label;
            _weights[offset] += delta;
            _stepWeighted[offset] += (double)delta * _step;
        }
    }

    /// <summary>Marks the end of one training example (one token).</summary>
    public void Tick() => _step++;

    /// <summary>
    /// The training loop the models share: <paramref name="epochs"/> passes over the examples, each pass in
    /// a fresh shuffle of a <paramref name="seed"/>ed random order, then the averaged weights pruned at
    /// <paramref name="pruneThreshold"/>. <paramref name="decode"/> runs one example through the model's
    /// decoder with this trainer and returns its mistakes.
    /// </summary>
    public LabelWeights Train(
        int exampleCount, int epochs, int seed, float pruneThreshold, Func<int, int> decode, int tokenCount, Action<string>? log)
    {
        var order = Enumerable.Range(0, exampleCount).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var example in order)
            {
                mistakes += decode(example);
            }

            log?.Invoke($"epoch {epoch + 1}/{epochs}: {mistakes} of {tokenCount} tokens mislabelled ({(double)mistakes / Math.Max(1, tokenCount):P2}), {FeatureCount} features");
        }

        var weights = Average(pruneThreshold);
        log?.Invoke($"kept {weights.FeatureCount} of {FeatureCount} features after pruning at {pruneThreshold}");
        return weights;
    }

    public LabelWeights Average(float pruneThreshold)
    {
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        var averaged = new float[_width];
        foreach (var (feature, row) in _rows)
        {
            var any = false;
            for (var k = 0; k < _width; k++)
            {
                var offset = (row * _width) + k;
                var value = (float)(_weights[offset] - (_stepWeighted[offset] / _step));
                // Rounded to half precision here, as the saved model stores it, so that a trained
                // recogniser and the same one saved and loaded again give identical output.
                averaged[k] = Math.Abs(value) < pruneThreshold ? 0 : (float)(Half)value;
                any |= averaged[k] != 0;
            }

            if (any)
            {
                rows.Add(feature, rows.Count);
                kept.AddRange(averaged);
            }
        }

        return new LabelWeights(_width, rows, kept.ToArray());
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _rows.Count;
        _rows.Add(feature, row);
        if ((row + 1) * _width > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _stepWeighted, _stepWeighted.Length * 2);
        }

        return row;
    }
}

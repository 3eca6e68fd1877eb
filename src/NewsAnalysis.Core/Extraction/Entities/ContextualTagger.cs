using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// The accurate mode's second opinion: a small network over each token's contextual vectors
/// (<see cref="ContextualTokenEncoder"/>; the token's own and those of its neighbours, standardised) that gives
/// every BILOU label a log-probability. <see cref="EntityRecognizer"/> adds <see cref="Weight"/> times those to
/// the perceptron's scores before decoding. Weights are kept in half precision, as the file stores them, so a
/// trained tagger scores the same before and after a save.
/// </summary>
public sealed class ContextualTagger
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.ner-contextual.bin.gz";
    private const int Magic = 0x43524E45; // "ENRC"
    private const int FormatVersion = 1;

    private readonly float[] _mean;
    private readonly float[] _scale;
    private readonly float[] _hiddenWeights; // Hidden x Inputs; empty when linear
    private readonly float[] _hiddenBias;
    private readonly float[] _outputWeights; // Labels x (Hidden or Inputs)
    private readonly float[] _outputBias;

    internal ContextualTagger(
        bool documentContext, int window, int hidden, float weight, float[] mean, float[] scale, float[] hiddenWeights, float[] hiddenBias, float[] outputWeights, float[] outputBias)
    {
        DocumentContext = documentContext;
        Window = window;
        Hidden = hidden;
        Weight = weight;
        _mean = Rounded(mean);
        _scale = Rounded(scale);
        _hiddenWeights = Rounded(hiddenWeights);
        _hiddenBias = Rounded(hiddenBias);
        _outputWeights = Rounded(outputWeights);
        _outputBias = Rounded(outputBias);
        var expected = (Hidden > 0 ? Hidden : Inputs) * Labels;
        if (_mean.Length != ContextualTokenEncoder.Dimensions || _scale.Length != _mean.Length || _outputWeights.Length != expected
            || _outputBias.Length != Labels || _hiddenWeights.Length != Hidden * Inputs || _hiddenBias.Length != Hidden)
        {
            throw new InvalidDataException("The contextual tagger's weights do not fit its shape.");
        }
    }

    /// <summary>The number of labels scored (the recogniser's BILOU labels).</summary>
    public static int Labels => BilouLabels.Count;

    /// <summary>Whether the tagger reads vectors of sentences encoded with their neighbours (<see cref="ContextualTokenEncoder.DocumentContext"/>).</summary>
    public bool DocumentContext { get; }

    /// <summary>Neighbours read on each side of a token.</summary>
    public int Window { get; }

    /// <summary>Units of the hidden layer; 0 for a linear tagger.</summary>
    public int Hidden { get; }

    /// <summary>How much the tagger's log-probabilities count beside the perceptron's scores.</summary>
    public float Weight { get; }

    /// <summary>The length of the input: the vectors of the token and its neighbours.</summary>
    public int Inputs => ((2 * Window) + 1) * ContextualTokenEncoder.Dimensions;

    /// <summary>The same tagger with another <see cref="Weight"/>.</summary>
    public ContextualTagger WithWeight(float weight) =>
        new(DocumentContext, Window, Hidden, weight, _mean, _scale, _hiddenWeights, _hiddenBias, _outputWeights, _outputBias);

    /// <summary>Reads a tagger written by <see cref="Save"/>.</summary>
    /// <param name="gzipStream">The gzip-compressed tagger; it is left open.</param>
    public static ContextualTagger Load(Stream gzipStream)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "contextual entity tagger");
        var documentContext = reader.ReadBoolean();
        var window = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        var weight = reader.ReadSingle();
        var inputs = ((2 * window) + 1) * ContextualTokenEncoder.Dimensions;
        if (window is < 0 or > 4 || hidden is < 0 or > 4096)
        {
            throw new InvalidDataException("Not a contextual entity tagger's shape.");
        }

        var mean = ReadHalves(reader, ContextualTokenEncoder.Dimensions);
        var scale = ReadHalves(reader, ContextualTokenEncoder.Dimensions);
        var hiddenWeights = ReadHalves(reader, hidden * inputs);
        var hiddenBias = ReadHalves(reader, hidden);
        var outputWeights = ReadHalves(reader, (hidden > 0 ? hidden : inputs) * Labels);
        var outputBias = ReadHalves(reader, Labels);
        return new ContextualTagger(documentContext, window, hidden, weight, mean, scale, hiddenWeights, hiddenBias, outputWeights, outputBias);
    }

    /// <summary>Loads the tagger that ships inside this assembly (trained on CoNLL-2003 eng.train).</summary>
    public static ContextualTagger LoadDefault()
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResource);
        return Load(stream);
    }

    /// <summary>Writes the tagger, gzip-compressed, to <paramref name="stream"/> (which is left open).</summary>
    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(DocumentContext);
        writer.Write(Window);
        writer.Write(Hidden);
        writer.Write(Weight);
        foreach (var part in new[] { _mean, _scale, _hiddenWeights, _hiddenBias, _outputWeights, _outputBias })
        {
            foreach (var value in part)
            {
                writer.Write((Half)value);
            }
        }
    }

    /// <summary>
    /// The standardised input of token <paramref name="index"/> of a sentence whose vectors are
    /// <paramref name="vectors"/> (<see cref="ContextualTokenEncoder.Encode"/>): zeros beyond the sentence.
    /// </summary>
    public void Input(ReadOnlySpan<float> vectors, int tokenCount, int index, Span<float> input)
    {
        const int dimensions = ContextualTokenEncoder.Dimensions;
        for (var offset = -Window; offset <= Window; offset++)
        {
            var target = input.Slice((offset + Window) * dimensions, dimensions);
            var j = index + offset;
            if (j < 0 || j >= tokenCount)
            {
                target.Clear();
                continue;
            }

            var source = vectors.Slice(j * dimensions, dimensions);
            for (var k = 0; k < dimensions; k++)
            {
                target[k] = (source[k] - _mean[k]) * _scale[k];
            }
        }
    }

    /// <summary>Log-probabilities of the labels for one input (<see cref="Input"/>); <paramref name="hidden"/> is scratch of <see cref="Hidden"/> floats.</summary>
    public void LogProbabilities(ReadOnlySpan<float> input, Span<float> hidden, Span<float> output)
    {
        ReadOnlySpan<float> last = input;
        if (Hidden > 0)
        {
            for (var h = 0; h < Hidden; h++)
            {
                var sum = _hiddenBias[h] + Dot(_hiddenWeights.AsSpan(h * input.Length, input.Length), input);
                hidden[h] = sum > 0 ? sum : 0;
            }

            last = hidden[..Hidden];
        }

        var max = float.NegativeInfinity;
        for (var label = 0; label < Labels; label++)
        {
            output[label] = _outputBias[label] + Dot(_outputWeights.AsSpan(label * last.Length, last.Length), last);
            max = MathF.Max(max, output[label]);
        }

        var total = 0f;
        for (var label = 0; label < Labels; label++)
        {
            total += MathF.Exp(output[label] - max);
        }

        var log = max + MathF.Log(total);
        for (var label = 0; label < Labels; label++)
        {
            output[label] -= log;
        }
    }

    /// <summary>
    /// <see cref="Weight"/> times each label's log-probability, for every token of one sentence: token i's at
    /// <c>[(i * Labels)..((i + 1) * Labels)]</c>.
    /// </summary>
    public float[] Score(ReadOnlySpan<float> vectors, int tokenCount)
    {
        var scores = new float[tokenCount * Labels];
        var input = new float[Inputs];
        var hidden = new float[Hidden];
        for (var i = 0; i < tokenCount; i++)
        {
            Input(vectors, tokenCount, i, input);
            var output = scores.AsSpan(i * Labels, Labels);
            LogProbabilities(input, hidden, output);
            for (var label = 0; label < Labels; label++)
            {
                output[label] *= Weight;
            }
        }

        return scores;
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var width = System.Numerics.Vector<float>.Count;
        var sums = System.Numerics.Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - width; i += width)
        {
            sums += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
        }

        var sum = System.Numerics.Vector.Sum(sums);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static float[] Rounded(float[] values) => values.Select(v => (float)(Half)v).ToArray();

    private static float[] ReadHalves(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)reader.ReadHalf();
        }

        return values;
    }
}

using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// What the encoder model reads of a pronoun and a name before it, within one article: the pronoun's and the name's
/// vectors in context (<see cref="ContextualTokenVectors"/>; a name's is the mean of its tokens', scaled to length 1),
/// their product component by component (whose sum is their cosine), then the name's and the pronoun's own. The
/// passage read is the pronoun's sentence and the <paramref name="windowSentences"/> - 1 before it, where its candidates
/// are, so the pronoun and its names are read together; it is encoded once per sentence holding a pronoun with
/// candidates, and only then: an article pays for the passages before its pronouns and no more.
/// </summary>
internal sealed class EncoderEvidence(AnalysisDocument document, ContextualTokenVectors encoder, int windowSentences)
{
    /// <summary>The number of values a pair gives.</summary>
    public const int Length = 3 * ContextualTokenVectors.Dimensions;

    private const float ProductScale = 16f;

    private readonly Dictionary<int, (int FirstToken, float[]?[] Vectors)> _passages = [];

    /// <summary>The evidence for the pair, or null when the encoder read neither far enough (past its piece cap).</summary>
    public float[]? Of(int pronoun, EntityMention candidate)
    {
        var (firstToken, vectors) = PassageOf(pronoun);
        float[]? VectorOf(int token) => token >= firstToken && token - firstToken < vectors.Length ? vectors[token - firstToken] : null;
        var p = VectorOf(pronoun);
        if (p is null)
        {
            return null;
        }

        const int d = ContextualTokenVectors.Dimensions;
        var c = new float[d];
        var found = false;
        for (var t = candidate.FirstToken; t < candidate.EndToken; t++)
        {
            if (VectorOf(t) is { } v)
            {
                found = true;
                for (var j = 0; j < d; j++)
                {
                    c[j] += v[j];
                }
            }
        }

        if (!found)
        {
            return null;
        }

        var norm = 0f;
        foreach (var value in c)
        {
            norm += value * value;
        }

        var scale = 1f / MathF.Max(MathF.Sqrt(norm), 1e-12f);
        var evidence = new float[Length];
        for (var j = 0; j < d; j++)
        {
            var cj = c[j] * scale;
            // The product's components are small (they sum to a cosine): scaled up to weigh like the vectors' own.
            evidence[j] = p[j] * cj * d / ProductScale;
            evidence[d + j] = cj;
            evidence[(2 * d) + j] = p[j];
        }

        return evidence;
    }

    private (int FirstToken, float[]?[] Vectors) PassageOf(int pronoun)
    {
        var s = document.SentenceIndexOfToken(pronoun);
        if (!_passages.TryGetValue(s, out var passage))
        {
            var sentence = document.Sentences[s];
            var firstToken = document.Sentences[Math.Max(0, s - windowSentences + 1)].FirstToken;
            passage = (firstToken, encoder.Of(document, firstToken, sentence.FirstToken + sentence.TokenCount));
            _passages.Add(s, passage);
        }

        return passage;
    }
}

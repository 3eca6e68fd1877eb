using System.Globalization;
using System.Text;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Builds the word-cluster table of <see cref="Core.Extraction.Entities.WordClusters"/> without labels: each
/// word's vector is the mean of its word pieces' rows in the encoder's embedding matrix, and the words are
/// split in two again and again (along the principal direction, then refined by two-means) into a binary
/// tree whose left/right path is the word's cluster, as Brown clusters give one. Deterministic: no random
/// start, words in ordinal order, sums in a fixed order.
/// </summary>
public static class WordClusterBuilder
{
    private const int PowerIterations = 8;
    private const int TwoMeansIterations = 4;

    /// <summary>
    /// Static vectors: each distinct word's vector is the sum of its word pieces' rows in the encoder's
    /// embedding matrix, whatever the word's context, centred on the mean of all words and scaled to length 1.
    /// </summary>
    /// <param name="words">Words as they occur in unlabelled text, in any order and with repeats.</param>
    public static SortedDictionary<string, float[]> StaticVectors(IEnumerable<string> words, TokenEmbeddingTable table)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(table);
        var vectors = new SortedDictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var word in words.Select(Normalize).Where(w => w.Any(char.IsLetter)).Distinct(StringComparer.Ordinal))
        {
            var pieces = table.WordPieces(BertForm(word));
            if (pieces is null || pieces.Count == 0)
            {
                continue;
            }

            var vector = new float[table.Dimensions];
            foreach (var piece in pieces)
            {
                var row = table.Row(piece);
                for (var k = 0; k < vector.Length; k++)
                {
                    vector[k] += row[k];
                }
            }

            vectors.Add(word, vector);
        }

        // Centred and scaled to unit length, so that the direction all rows share does not dominate the first splits.
        var mean = new float[table.Dimensions];
        foreach (var vector in vectors.Values)
        {
            Add(mean, vector, 1f / vectors.Count);
        }

        foreach (var vector in vectors.Values)
        {
            Add(vector, mean, -1f);
            Scale(vector, 1f / MathF.Sqrt(Math.Max(Dot(vector, vector), 1e-12f)));
        }

        return vectors;
    }

    /// <param name="wordVectors">A vector for every word (<see cref="Normalize"/>d), keyed in ordinal order.</param>
    /// <param name="maxDepth">The longest path; a node of fewer than two words is not split.</param>
    /// <returns>Every word with its path, in ordinal word order.</returns>
    public static IReadOnlyList<(string Word, string Bits)> Build(
        SortedDictionary<string, float[]> wordVectors, int maxDepth, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(wordVectors);
        var kept = wordVectors.Keys.ToList();
        var vectors = wordVectors.Values.Select(v => (float[])v.Clone()).ToList();
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;

        log?.Invoke($"{kept.Count} words with a vector");
        var paths = new StringBuilder[kept.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = new StringBuilder(maxDepth);
        }

        var nodes = new List<int[]> { Enumerable.Range(0, kept.Count).ToArray() };
        for (var depth = 0; depth < maxDepth; depth++)
        {
            var next = new List<int[]>();
            foreach (var node in nodes)
            {
                if (node.Length < 2)
                {
                    continue;
                }

                var (left, right) = Split(node, vectors, dimensions);
                if (left.Length == 0 || right.Length == 0)
                {
                    continue;
                }

                foreach (var i in left)
                {
                    paths[i].Append('0');
                }

                foreach (var i in right)
                {
                    paths[i].Append('1');
                }

                next.Add(left);
                next.Add(right);
            }

            nodes = next;
            log?.Invoke($"depth {depth + 1}: {nodes.Count} clusters");
        }

        return kept.Select((word, i) => (word, paths[i].ToString())).ToList();
    }

    /// <summary>The paths of two trees side by side, for every word in either, in ordinal word order.</summary>
    public static IReadOnlyList<(string Word, string First, string Second)> Merge(
        IReadOnlyList<(string Word, string Bits)> first, IReadOnlyList<(string Word, string Bits)> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var merged = new SortedDictionary<string, (string First, string Second)>(StringComparer.Ordinal);
        foreach (var (word, bits) in first)
        {
            merged[word] = (bits, string.Empty);
        }

        foreach (var (word, bits) in second)
        {
            merged[word] = (merged.TryGetValue(word, out var paths) ? paths.First : string.Empty, bits);
        }

        return merged.Select(e => (e.Key, e.Value.First, e.Value.Second)).ToList();
    }

    /// <summary>The form the table keys words by: lower case, every digit as 0 (as the recogniser's word key).</summary>
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = char.IsDigit(w[i]) ? '0' : char.ToLowerInvariant(w[i]);
            }
        });
    }

    /// <summary>The form the uncased encoder reads: lower case without accents.</summary>
    public static string BertForm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        word = word.ToLowerInvariant();
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static (int[] Left, int[] Right) Split(int[] node, List<float[]> vectors, int dimensions)
    {
        var centre = new float[dimensions];
        foreach (var i in node)
        {
            Add(centre, vectors[i], 1f / node.Length);
        }

        // The principal direction of the node by power iteration from a fixed start.
        var direction = new float[dimensions];
        direction[0] = 1f;
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            // Sum over the node of (v - c)(v - c)'d, as sum of v (v'd - c'd) minus c times the sum of (v'd - c'd).
            var product = new float[dimensions];
            var centreDot = Dot(centre, direction);
            var weights = 0f;
            foreach (var i in node)
            {
                var weight = Dot(vectors[i], direction) - centreDot;
                Add(product, vectors[i], weight);
                weights += weight;
            }

            Add(product, centre, -weights);

            var norm = MathF.Sqrt(Dot(product, product));
            if (norm < 1e-12f)
            {
                break;
            }

            Scale(product, 1f / norm);
            direction = product;
        }

        var offset = Dot(centre, direction);
        var side = new bool[node.Length];
        for (var j = 0; j < node.Length; j++)
        {
            side[j] = Dot(vectors[node[j]], direction) > offset;
        }

        // Refine the cut with two-means on cosine similarity.
        for (var iteration = 0; iteration < TwoMeansIterations; iteration++)
        {
            var left = new float[dimensions];
            var right = new float[dimensions];
            for (var j = 0; j < node.Length; j++)
            {
                Add(side[j] ? right : left, vectors[node[j]], 1f);
            }

            for (var j = 0; j < node.Length; j++)
            {
                side[j] = Dot(vectors[node[j]], right) * Norm(left) > Dot(vectors[node[j]], left) * Norm(right);
            }
        }

        return (node.Where((_, j) => !side[j]).ToArray(), node.Where((_, j) => side[j]).ToArray());
    }

    private static float Norm(float[] vector) => MathF.Sqrt(Dot(vector, vector));

    // Scalar, in a fixed order: vector widths differ between machines, and so would the sums' last bits.
    private static float Dot(float[] left, float[] right)
    {
        float a = 0, b = 0, c = 0, d = 0;
        var k = 0;
        for (; k + 3 < left.Length; k += 4)
        {
            a += left[k] * right[k];
            b += left[k + 1] * right[k + 1];
            c += left[k + 2] * right[k + 2];
            d += left[k + 3] * right[k + 3];
        }

        for (; k < left.Length; k++)
        {
            a += left[k] * right[k];
        }

        return a + b + (c + d);
    }

    private static void Add(float[] target, float[] source, float factor)
    {
        for (var k = 0; k < target.Length; k++)
        {
            target[k] += source[k] * factor;
        }
    }

    private static void Scale(float[] vector, float factor)
    {
        for (var k = 0; k < vector.Length; k++)
        {
            vector[k] *= factor;
        }
    }
}

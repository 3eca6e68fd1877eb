using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// The encoder's token vectors of a whole split, kept in a file between runs: encoding eng.train takes minutes and
/// trying tagger shapes needs the same vectors again. A file is used only when it holds exactly the split's shape.
/// </summary>
public static class ContextualVectorCache
{
    /// <param name="path">The cache file; null encodes without one.</param>
    /// <param name="documents">The split's documents, each a list of sentences of tokens.</param>
    /// <returns>Per document, per sentence, the vectors.</returns>
    public static float[][][] LoadOrEncode(
        string? path, ContextualTokenEncoder encoder, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> documents, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(documents);
        if (path is not null && File.Exists(path) && TryRead(path, documents) is { } cached)
        {
            log?.Invoke($"read the token vectors from {path}");
            return cached;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var vectors = new float[documents.Count][][];
        var tokens = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            vectors[d] = encoder.Encode(documents[d]);
            tokens += documents[d].Sum(s => s.Count);
            if ((d + 1) % 100 == 0)
            {
                log?.Invoke($"encoded {d + 1} of {documents.Count} documents, {tokens / watch.Elapsed.TotalSeconds:N0} tokens/s");
            }
        }

        log?.Invoke($"encoded {tokens} tokens in {watch.Elapsed.TotalSeconds:F0} s");
        if (path is not null)
        {
            using var writer = new BinaryWriter(new BufferedStream(File.Create(path), 1 << 20));
            writer.Write(vectors.Length);
            foreach (var document in vectors)
            {
                writer.Write(document.Length);
                foreach (var sentence in document)
                {
                    writer.Write(sentence.Length);
                    foreach (var value in sentence)
                    {
                        writer.Write(value);
                    }
                }
            }
        }

        return vectors;
    }

    private static float[][][]? TryRead(string path, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> documents)
    {
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20));
        if (reader.ReadInt32() != documents.Count)
        {
            return null;
        }

        var vectors = new float[documents.Count][][];
        for (var d = 0; d < documents.Count; d++)
        {
            if (reader.ReadInt32() != documents[d].Count)
            {
                return null;
            }

            vectors[d] = new float[documents[d].Count][];
            for (var s = 0; s < documents[d].Count; s++)
            {
                var length = reader.ReadInt32();
                if (length != documents[d][s].Count * ContextualTokenEncoder.Dimensions)
                {
                    return null;
                }

                var sentence = new float[length];
                var bytes = reader.ReadBytes(length * sizeof(float));
                Buffer.BlockCopy(bytes, 0, sentence, 0, bytes.Length);
                vectors[d][s] = sentence;
            }
        }

        return vectors;
    }
}

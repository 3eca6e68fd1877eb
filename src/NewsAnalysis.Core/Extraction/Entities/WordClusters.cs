using System.IO.Compression;
using System.Text;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Word clusters learnt without labels: each known word has a path of left/right choices down a binary
/// tree of word vectors, so that words used alike (surnames, cities, clubs) share long prefixes whether or
/// not the recogniser's training data ever named them. Read from a gzip text file of
/// <c>word TAB bits</c> lines (lower-cased, digits as 0) written by the training project's cluster builder.
/// </summary>
public sealed class WordClusters
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.word-clusters.tsv.gz";

    // A path is stored as a heap index: a leading 1 followed by the bits, so that "01" and "1" differ;
    // the first tree's in the low 32 bits, the second's in the high.
    private readonly Dictionary<ulong, ulong> _paths;

    private WordClusters(Dictionary<ulong, ulong> paths) => _paths = paths;

    /// <summary>No clusters: every word is unknown.</summary>
    public static WordClusters Empty { get; } = new([]);

    /// <summary>Number of words with a cluster.</summary>
    public int Count => _paths.Count;

    /// <summary>The table that ships inside this assembly.</summary>
    public static WordClusters LoadDefault()
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResource);
        return Read(stream);
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    /// <param name="gzipStream">The gzip-compressed table; it is left open.</param>
    public static WordClusters Read(Stream gzipStream)
    {
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var paths = new Dictionary<ulong, ulong>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0)
            {
                continue;
            }

            var path = (ulong)ParsePath(fields[1]);
            if (fields.Length > 2)
            {
                path |= (ulong)ParsePath(fields[2]) << 32;
            }

            paths[TokenProfile.Of(fields[0]).Key] = path;
        }

        return new WordClusters(paths);
    }

    /// <summary>
    /// Writes <c>word TAB bits TAB bits</c> lines (a path of each tree, empty where the word is not in it),
    /// gzip-compressed, in the order given; the stream is left open.
    /// </summary>
    public static void Write(Stream stream, IEnumerable<(string Word, string First, string Second)> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (word, first, second) in clusters)
        {
            writer.Write(word);
            writer.Write('\t');
            writer.Write(first);
            writer.Write('\t');
            writer.WriteLine(second);
        }
    }

    /// <summary>
    /// The paths of a word by its <see cref="TokenProfile.Key"/> as heap indexes (1 = root), the first tree's in
    /// the low 32 bits and the second's in the high; 0 where the word is not in a tree.
    /// </summary>
    internal ulong Lookup(ulong key) => _paths.TryGetValue(key, out var path) ? path : 0;

    private static uint ParsePath(string bits)
    {
        if (bits.Length == 0)
        {
            return 0;
        }

        var path = 1u;
        foreach (var bit in bits)
        {
            path = (path << 1) | (bit == '1' ? 1u : 0u);
        }

        return path;
    }

    /// <summary>The first <paramref name="depth"/> choices of a heap-index path (the whole path when it is shorter).</summary>
    internal static uint Prefix(uint path, int depth)
    {
        var length = 31 - (int)uint.LeadingZeroCount(path);
        return length <= depth ? path : path >> (length - depth);
    }
}

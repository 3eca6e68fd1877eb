using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// The tags each training word was seen with (its ambiguity class), as a bit set over the tag numbers.
/// The tagger uses the classes of the word and of the two words after it: a cheap look at the right
/// context that a left-to-right tagger cannot get from its own tags ("that" before a verb, "up" before
/// a noun). Words seen less often than a threshold share of the time with a tag leave that tag out.
/// </summary>
internal sealed class TagLexicon
{
    /// <summary>The class of a word the lexicon does not know.</summary>
    public const ulong Unknown = 0;

    private const double MinShare = 0.05;

    /// <summary>Set in a class found through the lower-cased word ("NAMED" in a headline as "named").</summary>
    private const ulong CaseFolded = 1UL << 62;

    private const ulong LowerKey = 0x5EED_0000_0000_0031UL;

    private readonly Dictionary<ulong, ulong> _classes;

    private TagLexicon(Dictionary<ulong, ulong> classes) => _classes = classes;

    public int Count => _classes.Count;

    public ulong ClassOf(in TokenProfile token) =>
        _classes.TryGetValue(token.Word, out var exact) ? exact
            : _classes.TryGetValue(FeatureHash.Combine(LowerKey, token.Lower), out var folded) ? folded | CaseFolded
            : Unknown;

    public static TagLexicon Build(IEnumerable<(TokenProfile[] Words, int[] Tags)> sentences)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var (words, tags) in sentences)
        {
            for (var i = 0; i < words.Length; i++)
            {
                Tally(counts, words[i].Word, tags[i]);
                Tally(counts, FeatureHash.Combine(LowerKey, words[i].Lower), tags[i]);
            }
        }

        var classes = new Dictionary<ulong, ulong>(counts.Count);
        foreach (var (word, byTag) in counts)
        {
            var total = byTag.Values.Sum();
            var mask = 0UL;
            foreach (var (tag, count) in byTag)
            {
                if (count >= MinShare * total)
                {
                    mask |= 1UL << tag;
                }
            }

            classes.Add(word, mask);
        }

        return new TagLexicon(classes);
    }

    private static void Tally(Dictionary<ulong, Dictionary<int, int>> counts, ulong key, int tag)
    {
        if (!counts.TryGetValue(key, out var byTag))
        {
            byTag = [];
            counts.Add(key, byTag);
        }

        byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
    }

    public void Write(BinaryWriter writer)
    {
        // Sorted so that the same model always produces the same bytes.
        var keys = _classes.Keys.ToArray();
        Array.Sort(keys);
        writer.Write(keys.Length);
        foreach (var key in keys)
        {
            writer.Write(key);
            writer.Write(_classes[key]);
        }
    }

    public static TagLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var classes = new Dictionary<ulong, ulong>(count);
        for (var i = 0; i < count; i++)
        {
            classes.Add(reader.ReadUInt64(), reader.ReadUInt64());
        }

        return new TagLexicon(classes);
    }
}

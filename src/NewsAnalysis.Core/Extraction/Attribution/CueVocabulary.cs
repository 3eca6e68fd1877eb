namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Words the training data shows to be cues often enough ("defended", "touted", "railed", "decried")
/// beside the hand-made lexicons: the tagger's cue-distance features count from them too, so that a
/// content after a rarer cue verb is seen as one. Learned by <see cref="AttributionTagger.Train"/> from
/// the training articles alone and stored in the model as word hashes (<see cref="Entities.TokenProfile.Lower"/>).
/// </summary>
internal sealed class CueVocabulary
{
    private const int MaxWords = 1_000_000;
    private readonly HashSet<ulong> _words;

    private CueVocabulary(HashSet<ulong> words) => _words = words;

    public static CueVocabulary Empty { get; } = new([]);

    public int Count => _words.Count;

    public bool Contains(ulong lower) => _words.Contains(lower);

    /// <summary>
    /// The words inside at least <paramref name="minCount"/> gold cues, with at least <paramref name="minShare"/>
    /// of their occurrences inside one.
    /// </summary>
    public static CueVocabulary Learn(IReadOnlyList<AnalysisDocument> documents, IReadOnlyList<int[]> goldLabels, int minCount, double minShare)
    {
        var inCue = new Dictionary<ulong, int>();
        var seen = new Dictionary<ulong, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var tokens = documents[d].Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var lower = Entities.TokenProfile.Of(tokens[t].Text).Lower;
                seen[lower] = seen.GetValueOrDefault(lower) + 1;
                if (RoleLabels.RoleOf(goldLabels[d][t]) == AttributionRole.Cue)
                {
                    inCue[lower] = inCue.GetValueOrDefault(lower) + 1;
                }
            }
        }

        return new CueVocabulary([.. inCue.Where(w => w.Value >= minCount && w.Value >= minShare * seen[w.Key]).Select(w => w.Key)]);
    }

    public static CueVocabulary Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > MaxWords)
        {
            throw new InvalidDataException($"The attribution tagger's cue vocabulary size {count} is out of range.");
        }

        var words = new HashSet<ulong>(count);
        for (var i = 0; i < count; i++)
        {
            words.Add(reader.ReadUInt64());
        }

        return new CueVocabulary(words);
    }

    /// <summary>Writes the words in ascending order, so that the file is the same for the same vocabulary.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_words.Count);
        foreach (var word in _words.Order())
        {
            writer.Write(word);
        }
    }
}

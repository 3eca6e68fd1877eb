namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Words the training data shows to be cues often enough ("defended", "touted", "railed", "decried")
/// beside the hand-made lexicons: the tagger's cue-distance features count from them too, so that a
/// content after a rarer cue verb is seen as one. Learned by the tagger's trainer from
/// the training articles alone and stored in the model as word hashes (<see cref="Learning.TokenProfile.Lower"/>).
/// </summary>
internal sealed class CueVocabulary
{
    private const int MaxWords = 1_000_000;
    private readonly HashSet<ulong> _words;

    internal CueVocabulary(HashSet<ulong> words) => _words = words;

    public static CueVocabulary Empty { get; } = new([]);

    public int Count => _words.Count;

    public bool Contains(ulong lower) => _words.Contains(lower);

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

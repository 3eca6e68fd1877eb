using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Names seen in the training entities, with the entity types they were seen as (one bit per type):
/// capitalised single words keyed by their lower-cased hash, and whole entity phrases keyed by
/// <see cref="PhraseKey"/>.
/// </summary>
internal sealed class EntityGazetteer
{
    public const int MaxPhraseLength = 6;

    private readonly Dictionary<ulong, byte> _types;
    private readonly Dictionary<ulong, byte> _phrases;

    public EntityGazetteer(Dictionary<ulong, byte> types, Dictionary<ulong, byte> phrases)
    {
        _types = types;
        _phrases = phrases;
    }

    public IEnumerable<KeyValuePair<ulong, byte>> Words => _types;

    public IEnumerable<KeyValuePair<ulong, byte>> Phrases => _phrases;

    public byte Lookup(ulong lowerWord) => _types.TryGetValue(lowerWord, out var mask) ? mask : (byte)0;

    public byte LookupPhrase(ulong phraseKey) => _phrases.TryGetValue(phraseKey, out var mask) ? mask : (byte)0;

    /// <summary>Extends a phrase key by one lower-cased word; start from <see cref="FeatureHash.Seed"/>.</summary>
    public static ulong PhraseKey(ulong phraseSoFar, ulong lowerWord) => FeatureHash.Combine(phraseSoFar, lowerWord);
}

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

    public static EntityGazetteer Build(IEnumerable<TaggedSentence> sentences)
    {
        var types = new Dictionary<ulong, byte>();
        var phrases = new Dictionary<ulong, byte>();
        foreach (var sentence in sentences)
        {
            foreach (var entity in sentence.Entities)
            {
                if (entity.TokenCount <= MaxPhraseLength)
                {
                    var phrase = FeatureHash.Seed;
                    for (var i = entity.FirstToken; i < entity.EndToken; i++)
                    {
                        phrase = PhraseKey(phrase, TokenProfile.Of(sentence.Tokens[i]).Key);
                    }

                    phrases[phrase] = (byte)(phrases.GetValueOrDefault(phrase) | (1 << (int)entity.Type));
                }

                for (var i = entity.FirstToken; i < entity.EndToken; i++)
                {
                    var token = sentence.Tokens[i];
                    // "of", "the" and friends inside names say nothing about the type.
                    if (token.Length == 0 || !char.IsUpper(token[0]))
                    {
                        continue;
                    }

                    var key = TokenProfile.Of(token).Key;
                    types.TryGetValue(key, out var mask);
                    types[key] = (byte)(mask | (1 << (int)entity.Type));
                }
            }
        }

        return new EntityGazetteer(types, phrases);
    }
}

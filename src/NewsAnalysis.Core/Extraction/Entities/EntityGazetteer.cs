namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Capitalised words seen inside training entities, with the entity types they were seen in
/// (one bit per type), keyed by the lower-cased word hash.
/// </summary>
internal sealed class EntityGazetteer
{
    private readonly Dictionary<ulong, byte> _types;

    public EntityGazetteer(Dictionary<ulong, byte> types)
    {
        _types = types;
    }

    public int Count => _types.Count;

    public IEnumerable<KeyValuePair<ulong, byte>> Entries => _types;

    public byte Lookup(ulong lowerWord) => _types.TryGetValue(lowerWord, out var mask) ? mask : (byte)0;

    public static EntityGazetteer Build(IEnumerable<TaggedSentence> sentences)
    {
        var types = new Dictionary<ulong, byte>();
        foreach (var sentence in sentences)
        {
            foreach (var entity in sentence.Entities)
            {
                for (var i = entity.FirstToken; i < entity.EndToken; i++)
                {
                    var token = sentence.Tokens[i];
                    // "of", "the" and friends inside names say nothing about the type.
                    if (token.Length == 0 || !char.IsUpper(token[0]))
                    {
                        continue;
                    }

                    var key = TokenProfile.Of(token).Lower;
                    types.TryGetValue(key, out var mask);
                    types[key] = (byte)(mask | (1 << (int)entity.Type));
                }
            }
        }

        return new EntityGazetteer(types);
    }
}

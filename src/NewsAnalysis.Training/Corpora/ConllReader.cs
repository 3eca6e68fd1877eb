using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Training.Corpora;

/// <summary>
/// Reads CoNLL-2003 files: one "word POS chunk NER" line per token, a blank line between sentences,
/// "-DOCSTART-" between documents, NER tags in IOB1 (I-X starts an entity unless the previous token
/// has type X; B-X only separates two adjacent entities of the same type).
/// </summary>
public static class ConllReader
{
    public static IReadOnlyList<TaggedSentence> Read(TextReader reader) =>
    [
        .. ConllSentenceRows.Read(reader).Select(sentence => new TaggedSentence(
            [.. sentence.Rows.Select(r => r[0])],
            EntitiesFromIob([.. sentence.Rows.Select(r => r[^1])]),
            sentence.Document)),
    ];

    /// <summary>Entities from IOB1 tags (IOB2 tags read the same way, since B- always starts an entity).</summary>
    public static IReadOnlyList<RecognizedEntity> EntitiesFromIob(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var entities = new List<RecognizedEntity>();
        var start = -1;
        EntityType? open = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            EntityType? type = tag.Length > 2 && tag[1] == '-' ? ParseType(tag[2..]) : null;
            var startsNew = type is not null && (tag[0] == 'B' || type != open);
            if (open is not null && (type is null || startsNew))
            {
                entities.Add(new RecognizedEntity(start, i, open.Value));
                open = null;
            }

            if (startsNew)
            {
                start = i;
                open = type;
            }
        }

        if (open is not null)
        {
            entities.Add(new RecognizedEntity(start, tags.Count, open.Value));
        }

        return entities;
    }

    private static EntityType ParseType(string type) => type switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        "MISC" => EntityType.Misc,
        _ => throw new InvalidDataException($"Unknown CoNLL entity type '{type}'."),
    };
}

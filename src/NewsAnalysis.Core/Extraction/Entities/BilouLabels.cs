using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// The 17 BILOU labels as small integers: 0 is outside, then Begin, Inside, Last and Unit for each
/// entity type. BILOU rather than BIO because the tagger then learns the last token and one-token
/// entities directly, which helps greedy decoding at entity ends.
/// </summary>
internal static class BilouLabels
{
    public const int Outside = 0;
    public const int TypeCount = 4;
    public const int Count = 1 + (TypeCount * 4);

    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    public static int BeginOf(int type) => 1 + (type * 4) + Begin;

    public static int InsideOf(int type) => 1 + (type * 4) + Inside;

    public static int LastOf(int type) => 1 + (type * 4) + Last;

    public static int UnitOf(int type) => 1 + (type * 4) + Unit;

    /// <summary>The entity type index of a label, or -1 for outside.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    public static bool IsBegin(int label) => label != Outside && (label - 1) % 4 == Begin;

    public static bool IsInside(int label) => label != Outside && (label - 1) % 4 == Inside;

    public static bool IsLast(int label) => label != Outside && (label - 1) % 4 == Last;

    public static bool IsUnit(int label) => label != Outside && (label - 1) % 4 == Unit;

    /// <summary>True when the label leaves an entity open, so the next token must continue it.</summary>
    public static bool IsOpen(int label) => IsBegin(label) || IsInside(label);

    public static bool IsAllowed(int previous, int current, bool isLastToken)
    {
        if (isLastToken && IsOpen(current))
        {
            return false;
        }

        if (IsOpen(previous))
        {
            return (IsInside(current) || IsLast(current)) && TypeOf(current) == TypeOf(previous);
        }

        return current == Outside || IsBegin(current) || IsUnit(current);
    }

    /// <summary>
    /// The best label still reachable after an earlier prediction (possibly wrong) left <paramref name="previous"/>:
    /// training follows its own predictions, so it has to learn how to recover from them.
    /// </summary>
    public static int Oracle(int previous, int gold, bool isLastToken)
    {
        if (IsAllowed(previous, gold, isLastToken))
        {
            return gold;
        }

        if (IsOpen(previous))
        {
            var type = TypeOf(previous);
            return isLastToken || TypeOf(gold) != type ? LastOf(type) : InsideOf(type);
        }

        // Nothing is open but gold continues an entity: start it here instead.
        var goldType = TypeOf(gold);
        return IsInside(gold) && !isLastToken ? BeginOf(goldType) : UnitOf(goldType);
    }

    public static int[] Encode(IReadOnlyList<RecognizedEntity> entities, int tokenCount)
    {
        var labels = new int[tokenCount];
        foreach (var entity in entities)
        {
            var type = (int)entity.Type;
            if (entity.TokenCount == 1)
            {
                labels[entity.FirstToken] = UnitOf(type);
                continue;
            }

            labels[entity.FirstToken] = BeginOf(type);
            for (var i = entity.FirstToken + 1; i < entity.EndToken - 1; i++)
            {
                labels[i] = InsideOf(type);
            }

            labels[entity.EndToken - 1] = LastOf(type);
        }

        return labels;
    }

    /// <summary>
    /// Turns labels back into entities. Tolerates sequences the decoder would not produce
    /// (an entity left open, a type change inside an entity) by closing the entity where it breaks.
    /// </summary>
    public static List<RecognizedEntity> Decode(ReadOnlySpan<int> labels)
    {
        var entities = new List<RecognizedEntity>();
        var start = -1;
        var openType = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            var type = TypeOf(label);
            var continues = start >= 0 && type == openType && (IsInside(label) || IsLast(label));
            if (!continues && start >= 0)
            {
                entities.Add(new RecognizedEntity(start, i, (EntityType)openType));
                start = -1;
            }

            if (label == Outside)
            {
                continue;
            }

            if (!continues)
            {
                start = i;
                openType = type;
            }

            if (IsLast(label) || IsUnit(label))
            {
                entities.Add(new RecognizedEntity(start, i + 1, (EntityType)openType));
                start = -1;
            }
        }

        if (start >= 0)
        {
            entities.Add(new RecognizedEntity(start, labels.Length, (EntityType)openType));
        }

        return entities;
    }

    public static string Name(int label)
    {
        if (label == Outside)
        {
            return "O";
        }

        var prefix = "BILU"[(label - 1) % 4];
        return $"{prefix}-{(EntityType)TypeOf(label)}";
    }
}

using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// The mentions a rule overlaps, found in logarithmic time while rules replace the model's mentions: the mentions
/// never overlap one another (the model's do not, and a rule joins them only where it overlaps none or replaces all
/// it overlaps), so in start order only the one before a span and those starting inside it can touch it. Before,
/// every rule was compared with every mention, which an article naming thousands made quadratic.
/// </summary>
internal sealed class MentionOverlaps
{
    private static readonly Comparer<EntityMention> ByStart = Comparer<EntityMention>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start));

    private readonly SortedSet<EntityMention> _byStart = new(ByStart);

    private MentionOverlaps()
    {
    }

    /// <summary>The index over <paramref name="mentions"/>, or null when two of them overlap or share a start.</summary>
    public static MentionOverlaps? Of(IEnumerable<EntityMention> mentions)
    {
        var index = new MentionOverlaps();
        foreach (var mention in mentions)
        {
            if (!index._byStart.Add(mention))
            {
                return null;
            }
        }

        EntityMention? previous = null;
        foreach (var mention in index._byStart)
        {
            if (previous is not null && previous.Span.End > mention.Span.Start)
            {
                return null;
            }

            previous = mention;
        }

        return index;
    }

    public void Add(EntityMention mention) => _byStart.Add(mention);

    public void Remove(EntityMention mention) => _byStart.Remove(mention);

    /// <summary>The mentions that overlap <paramref name="mention"/>'s span, in start order.</summary>
    public List<EntityMention> Overlapping(EntityMention mention)
    {
        var span = mention.Span;
        var found = new List<EntityMention>();
        if (span.Start > int.MinValue && _byStart.GetViewBetween(Probe(int.MinValue), Probe(span.Start - 1)).Max is { } before
            && before.Span.Overlaps(span))
        {
            found.Add(before);
        }

        if (span.End > span.Start)
        {
            found.AddRange(_byStart.GetViewBetween(Probe(span.Start), Probe(span.End - 1)).Where(m => m.Span.Overlaps(span)));
        }

        return found;
    }

    /// <summary>The index of the first of <paramref name="mentions"/> (in start order) that starts at or after <paramref name="position"/>.</summary>
    public static int FirstStartingAtOrAfter(List<EntityMention> mentions, int position)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (mentions[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static EntityMention Probe(int start) => new(new(start, start), 0, 0, default);
}

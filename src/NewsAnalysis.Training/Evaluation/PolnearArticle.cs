using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>A PolNeAR article: its text exactly as in the file (headline line included) and its gold attributions.</summary>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<GoldAttribution> Attributions)
{
    /// <summary>
    /// Builds the article from parsed brat annotations, converting code-point offsets to UTF-16.
    /// Every event whose type starts with "Attribution" counts (also "Attribution-no-source"); a
    /// second content role (Content2) is part of the same content; events with no content are skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">An offset lies beyond the end of the text.</exception>
    public static PolnearArticle FromBrat(string name, string text, BratAnnotations annotations)
    {
        var offsets = new CodePointOffsets(text);
        var attributions = new List<GoldAttribution>();
        foreach (var bratEvent in annotations.Events.Where(e => e.Type.StartsWith("Attribution", StringComparison.Ordinal)))
        {
            var content = Fragments(bratEvent, "Content");
            if (content.IsEmpty)
            {
                continue;
            }

            var source = Fragments(bratEvent, "Source");
            var cue = Fragments(bratEvent, "Cue");
            attributions.Add(new GoldAttribution(bratEvent.Id, content, source.IsEmpty ? null : source, cue.IsEmpty ? null : cue));
        }

        return new PolnearArticle(name, text, attributions);

        TextSpanSet Fragments(BratEvent bratEvent, string role) => new(bratEvent.ArgumentsFor(role)
            .Select(id => annotations.TextBounds.GetValueOrDefault(id))
            .OfType<BratTextBound>()
            .SelectMany(t => t.Fragments)
            .Select(f => ToUtf16(f)));

        TextSpan ToUtf16(BratFragment fragment)
        {
            if (fragment.End > offsets.CodePointCount)
            {
                throw new InvalidDataException(
                    $"{name}: span {fragment.Start}-{fragment.End} ends beyond the text ({offsets.CodePointCount} code points)");
            }

            return new TextSpan(offsets.ToUtf16(fragment.Start), offsets.ToUtf16(fragment.End));
        }
    }
}

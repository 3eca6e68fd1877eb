using AngleSharp.Dom;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Finds the container of the story among a page's text blocks, as Readability does: every paragraph-like block
/// scores for the element that holds it and, less, for the two above; an element's score is cut by the share of
/// its text that is links; the best element, raised to the parent while the parent adds mostly prose, and those of
/// its siblings that score near it (or are prose paragraphs) are the story. Answers the blocks inside them, in
/// document order. Linear in the blocks times the page's depth, which the block reader bounds.
/// </summary>
internal static class ContentLocator
{
    private const int MinScoredLength = 25;
    private const int ProseLength = 80;
    private const int MaxClimb = 6;

    public static IReadOnlyList<TextBlock> Locate(IReadOnlyList<TextBlock> blocks)
    {
        var tallies = new Dictionary<IElement, Tally>();
        foreach (var block in blocks)
        {
            AddToAncestors(block, tallies);
        }

        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, tally) in tallies)
        {
            var score = tally.Final;
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return [];
        }

        best = Climb(best, tallies);
        bestScore = Math.Max(bestScore, tallies[best].Final);

        var chosen = new HashSet<IElement> { best };
        if (best.ParentElement is { } parent)
        {
            var threshold = Math.Max(10, bestScore * 0.2);
            foreach (var sibling in parent.Children)
            {
                if (sibling != best && tallies.TryGetValue(sibling, out var tally)
                    && (tally.Final >= threshold || (sibling.LocalName == "p" && tally.Chars > 80 && tally.LinkDensity < 0.25)))
                {
                    chosen.Add(sibling);
                }
            }
        }

        return blocks.Where(b => IsInside(b.Owner, chosen)).ToArray();
    }

    /// <summary>
    /// Stories split over several columns or sections score each part apart: climb to the parent while what the parent
    /// adds is mostly prose (or little beside what it holds) with few links, so the parts join and a page's furniture stays out.
    /// </summary>
    private static IElement Climb(IElement best, Dictionary<IElement, Tally> tallies)
    {
        for (var steps = 0; steps < MaxClimb && best.ParentElement is { } parent && tallies.TryGetValue(parent, out var above); steps++)
        {
            var current = tallies[best];
            var addedChars = above.Chars - current.Chars;
            var addedProse = above.ProseChars - current.ProseChars;
            var addedLinks = above.LinkChars - current.LinkChars;
            var fewAdded = addedChars <= 0.15 * current.Chars;
            if (addedChars > 0 && ((addedProse < 0.6 * addedChars && !fewAdded) || addedLinks > 0.2 * addedChars))
            {
                break;
            }

            best = parent;
        }

        return best;
    }

    private static void AddToAncestors(TextBlock block, Dictionary<IElement, Tally> tallies)
    {
        var score = ContentScore(block);
        var start = block.Owner.LocalName is "p" or "pre" or "blockquote" or "li" or "td" or "h2" or "h3" or "h4" or "h5" or "h6"
            ? block.Owner.ParentElement
            : block.Owner;
        var prose = block.Text.Length >= ProseLength && block.LinkDensity < 0.2;
        var level = -1;
        for (var element = block.Owner; element is not null; element = element.ParentElement)
        {
            var tally = Get(tallies, element);
            tally.Chars += block.Text.Length;
            tally.LinkChars += block.LinkChars;
            if (prose)
            {
                tally.ProseChars += block.Text.Length;
            }

            if (element == start)
            {
                level = 0;
            }

            if (level is >= 0 and < 3)
            {
                tally.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                level++;
            }
        }
    }

    private static double ContentScore(TextBlock block)
    {
        if (block.Text.Length < MinScoredLength || block.IsHeading)
        {
            return 0;
        }

        var commas = block.Text.Count(c => c is ',' or '，' or '、');
        var score = 1 + commas + Math.Min(block.Text.Length / 100.0, 3);
        return block.Owner.LocalName == "li" ? score / 2 : score;
    }

    private static bool IsInside(IElement owner, HashSet<IElement> chosen)
    {
        for (var element = owner; element is not null; element = element.ParentElement)
        {
            if (chosen.Contains(element))
            {
                return true;
            }
        }

        return false;
    }

    private static Tally Get(Dictionary<IElement, Tally> tallies, IElement element)
    {
        if (!tallies.TryGetValue(element, out var tally))
        {
            tally = new Tally();
            tallies[element] = tally;
        }

        return tally;
    }

    private sealed class Tally
    {
        public double Score { get; set; }

        public int Chars { get; set; }

        public int LinkChars { get; set; }

        public int ProseChars { get; set; }

        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

        public double Final => Score * (1 - LinkDensity);
    }
}

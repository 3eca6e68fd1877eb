using AngleSharp.Dom;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Removes what is never the story from a parsed page: scripts, styles, forms' controls, embedded media, figures
/// and their captions, hidden elements, and elements whose class, id or role names page furniture
/// (<see cref="BoilerplateNames"/>). An element named as furniture that still holds a large share of the page's
/// own text (outside links) is kept, since some templates wrap the whole story in a container with such a name.
/// </summary>
internal static class PageCleaner
{
    /// <summary>Deeper than this the walk stops: no real page nests so far, and the recursion must not overflow.</summary>
    public const int MaxDepth = 200;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "aside", "footer", "figure",
        "figcaption", "picture", "video", "audio", "object", "embed", "dialog", "menu", "button", "input", "select",
        "textarea", "label", "math", "map", "head", "link", "meta", "img", "source", "track", "h1",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "strong", "sub", "sup", "u", "font",
    };

    public static void Clean(IElement root)
    {
        var ownText = new Dictionary<IElement, int>();
        var total = CountOwnText(root, ownText, 0);
        Remove(root, ownText, Math.Max(1, total), 0);
    }

    /// <summary>Counts the characters of text outside links (the page's own words, not its menus) under each element.</summary>
    private static int CountOwnText(IElement element, Dictionary<IElement, int> counts, int depth)
    {
        var sum = 0;
        if (depth < MaxDepth && element.LocalName is not ("a" or "script" or "style" or "noscript" or "template"))
        {
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    sum += text.Data.AsSpan().Trim().Length;
                }
                else if (child is IElement inner)
                {
                    sum += CountOwnText(inner, counts, depth + 1);
                }
            }
        }

        counts[element] = sum;
        return sum;
    }

    private static void Remove(IElement element, Dictionary<IElement, int> ownText, int total, int depth)
    {
        foreach (var child in element.Children.ToArray())
        {
            if (depth >= MaxDepth || IsDropped(child, ownText.GetValueOrDefault(child), total))
            {
                child.Remove();
            }
            else
            {
                Remove(child, ownText, total, depth + 1);
            }
        }
    }

    private static bool IsDropped(IElement element, int ownText, int total)
    {
        if (Dropped.Contains(element.LocalName) || IsHidden(element) || IsDateline(element))
        {
            return true;
        }

        // Names do not make a link or an emphasis inside a sentence furniture: "tag-link" marks words of the story.
        if (element.LocalName is "article" or "main" or "body" or "p" || Inline.Contains(element.LocalName))
        {
            return false;
        }

        return BoilerplateNames.IsFurniture(element.GetAttribute("class"), element.Id, element.GetAttribute("role"))
            && ownText < 0.4 * total;
    }

    /// <summary>A &lt;time&gt; that stands between blocks is the page's dateline; inside a sentence it is part of the story.</summary>
    private static bool IsDateline(IElement element) =>
        element.LocalName == "time" && element.ParentElement?.LocalName is "div" or "header" or "article" or "section" or "main" or "body" or "footer";

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}

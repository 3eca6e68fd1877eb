using System.Text;
using AngleSharp.Dom;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Cuts a cleaned page into text blocks in document order: each block element (paragraph, heading, list item, cell,
/// division) and each line break ends a block, so the text between them reads as one paragraph. Linear in the page.
/// </summary>
internal sealed class TextBlockReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "hr", "address",
        "details", "summary", "center", "form", "fieldset", "body",
    };

    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private int _linkChars;

    public static IReadOnlyList<TextBlock> Read(IElement root)
    {
        var reader = new TextBlockReader();
        reader.Walk(root, root, inLink: false, depth: 0);
        reader.Flush(root);
        return reader._blocks;
    }

    private void Walk(INode node, IElement owner, bool inLink, int depth)
    {
        if (depth >= PageCleaner.MaxDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                _text.Append(text.Data);
                if (inLink)
                {
                    _linkChars += text.Data.Length;
                }
            }
            else if (child is IElement element)
            {
                if (element.LocalName == "br")
                {
                    Flush(owner);
                }
                else if (BlockElements.Contains(element.LocalName))
                {
                    Flush(owner);
                    Walk(element, element, inLink, depth + 1);
                    Flush(element);
                }
                else
                {
                    Walk(element, owner, inLink || element.LocalName == "a", depth + 1);
                }
            }
        }
    }

    private void Flush(IElement owner)
    {
        if (_text.Length == 0)
        {
            return;
        }

        var raw = _text.ToString();
        var collapsed = CollapseWhiteSpace(raw);
        if (collapsed.Length > 0)
        {
            // Link text was counted before collapsing: scale it to the collapsed length.
            var linkChars = (int)Math.Round((double)Math.Min(_linkChars, raw.Length) * collapsed.Length / raw.Length);
            _blocks.Add(new TextBlock(owner, collapsed, linkChars));
        }

        _text.Clear();
        _linkChars = 0;
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

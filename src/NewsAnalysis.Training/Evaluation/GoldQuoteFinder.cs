using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// Finds the gold direct quotes of an annotated content: the stretches of text in double quotation
/// marks (" “ ” „ « », and '' as some archives write it), marks excluded and whitespace trimmed, that lie inside the content.
/// </summary>
/// <remarks>
/// Marks are paired over the whole text first, line by line, and only then compared with the
/// content: annotators often split a quote of several sentences into one fragment per sentence, or
/// leave the marks (or the final full stop) outside the content, and pairing within the content
/// would cut such a quote into pieces or lose it. So a quotation counts when at least half of its
/// characters are content, and is cut at the content's edges. A content that is a small part of a
/// long quotation (a claim inside a quoted article) holds no direct quote of its own.
/// </remarks>
public static class GoldQuoteFinder
{
    public static List<TextSpan> Find(string text, TextSpanSet content) => Find(text, FindQuotations(text), content);

    /// <param name="text">The article text.</param>
    /// <param name="quotations">All quotations of the text, from <see cref="FindQuotations"/>.</param>
    /// <param name="content">The gold content.</param>
    public static List<TextSpan> Find(string text, IReadOnlyList<TextSpan> quotations, TextSpanSet content)
    {
        var quotes = new List<TextSpan>();
        if (content.IsEmpty)
        {
            return quotes;
        }

        var extent = content.Extent;
        foreach (var quotation in quotations)
        {
            var clipped = new TextSpan(Math.Max(quotation.Start, extent.Start), Math.Min(quotation.End, extent.End));
            if (clipped.Length > 0 && 2 * content.IntersectionLength(new TextSpanSet(quotation)) >= quotation.Length)
            {
                AddTrimmed(quotes, text, clipped.Start, clipped.End);
            }
        }

        return quotes;
    }

    /// <summary>
    /// Every quotation in the text, marks excluded. Straight marks open at the start of a word and
    /// close at its end. A quote nested in a quote of the other kind ("… “…” …") stays part of the
    /// outer one, but a closing mark of the other kind ends the quote when no mark of the opening kind
    /// follows on the line (“no evidence" yet): writers mix marks. A quote still open at a line break
    /// ends there: news reopens a quote in each paragraph it continues into.
    /// </summary>
    public static List<TextSpan> FindQuotations(string text)
    {
        var quotations = new List<TextSpan>();
        var open = -1;
        var openKind = MarkKind.None;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (open >= 0)
                {
                    AddTrimmed(quotations, text, open, i);
                    open = -1;
                }

                continue;
            }

            var kind = KindAt(text, i);
            if (kind == MarkKind.None)
            {
                continue;
            }

            var width = kind == MarkKind.Apostrophes ? 2 : 1;
            if (open >= 0 && kind != openKind)
            {
                if (ClosesOtherKind(text, i, kind, width) && !MarkFollowsOnLine(text, i + width, openKind))
                {
                    AddTrimmed(quotations, text, open, i);
                    open = -1;
                }
            }
            else
            {
                var opens = text[i] switch
                {
                    '\u201C' or '\u201E' or '\u00AB' => true,
                    '\u201D' or '\u00BB' => false,
                    _ => IsOpeningPosition(text, i, width, open >= 0),
                };
                if (open >= 0)
                {
                    // A second opening mark of the same kind: the first was never closed.
                    AddTrimmed(quotations, text, open, i);
                    open = opens ? i + width : -1;
                }
                else if (opens)
                {
                    open = i + width;
                    openKind = kind;
                }
            }

            i += width - 1;
        }

        if (open >= 0)
        {
            AddTrimmed(quotations, text, open, text.Length);
        }

        return quotations;
    }

    private enum MarkKind
    {
        None,
        Straight,
        Curly,
        Guillemet,

        /// <summary>Two apostrophes (''), the double mark of some newspaper archives (the New York Times here).</summary>
        Apostrophes,
    }

    private static MarkKind KindAt(string text, int i) => text[i] switch
    {
        '"' => MarkKind.Straight,
        '\u201C' or '\u201D' or '\u201E' => MarkKind.Curly,
        '\u00AB' or '\u00BB' => MarkKind.Guillemet,
        '\'' when i + 1 < text.Length && text[i + 1] == '\'' => MarkKind.Apostrophes,
        _ => MarkKind.None,
    };

    private static bool ClosesOtherKind(string text, int i, MarkKind kind, int width) => text[i] switch
    {
        '\u201D' or '\u00BB' => true,
        _ => kind is MarkKind.Straight or MarkKind.Apostrophes && !IsOpeningPosition(text, i, width, isOpen: true),
    };

    private static bool MarkFollowsOnLine(string text, int from, MarkKind kind)
    {
        for (var i = from; i < text.Length && text[i] != '\n'; i++)
        {
            if (KindAt(text, i) == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a straight mark opens: by the space around it, else the opposite of the current state.</summary>
    private static bool IsOpeningPosition(string text, int i, int width, bool isOpen)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + width < text.Length ? text[i + width] : ' ';
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013';
        var spaceAfter = char.IsWhiteSpace(after) || (char.IsPunctuation(after) && after is not ('\'' or '\u2018' or '.' or '$'));
        return spaceBefore && !spaceAfter || (spaceBefore == spaceAfter && !isOpen);
    }

    private static void AddTrimmed(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}

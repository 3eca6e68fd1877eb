using NewsAnalysis.Core.Extraction.Text;

namespace NewsAnalysis.Core.Evaluation;

/// <summary>
/// Finds the gold direct quotes of an annotated content: each stretch delimited by double quotation
/// marks (" “ ” „ « ») inside it, marks excluded and whitespace trimmed. Annotators sometimes leave a
/// mark just outside the content, so a mark right before or right after a fragment still delimits.
/// A quote never runs past a line break (a quote over several paragraphs reopens each paragraph), and a
/// quote still open where the content ends stops there. Single marks are ignored: they are mostly
/// apostrophes or quotes nested inside a quote.
/// </summary>
public static class GoldQuoteFinder
{
    public static List<TextSpan> Find(string text, TextSpanSet content)
    {
        var quotes = new List<TextSpan>();
        var open = -1;
        foreach (var fragment in content.Ranges)
        {
            if (open < 0 && fragment.Start > 0 && Direction(text, fragment.Start - 1) > 0)
            {
                open = fragment.Start;
            }
            else if (open >= 0)
            {
                // The quote was open at the end of the previous fragment: it goes on in this one.
                open = fragment.Start;
            }

            for (var i = fragment.Start; i < fragment.End; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    if (open >= 0)
                    {
                        AddTrimmed(quotes, text, open, i);
                        open = -1;
                    }

                    continue;
                }

                var direction = Direction(text, i);
                if (direction == 0)
                {
                    continue;
                }

                if (direction < 0 || (direction == 2 && open >= 0))
                {
                    if (open >= 0)
                    {
                        AddTrimmed(quotes, text, open, i);
                        open = -1;
                    }
                }
                else
                {
                    if (open >= 0)
                    {
                        // A second opening mark: the first was never closed.
                        AddTrimmed(quotes, text, open, i);
                    }

                    open = i + 1;
                }
            }

            if (open >= 0 && fragment.End < text.Length && Direction(text, fragment.End) is < 0 or 2)
            {
                AddTrimmed(quotes, text, open, fragment.End);
                open = -1;
            }
            else if (open >= 0)
            {
                AddTrimmed(quotes, text, open, fragment.End);
            }
        }

        return quotes;
    }

    /// <summary>1 opens, -1 closes, 2 is a straight mark whose side the context does not tell, 0 is no mark.</summary>
    private static int Direction(string text, int i)
    {
        switch (text[i])
        {
            case '\u201C' or '\u201E' or '\u00AB':
                return 1;
            case '\u201D' or '\u00BB':
                return -1;
            case '"':
                var before = i > 0 ? text[i - 1] : ' ';
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013';
                var spaceAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after);
                return spaceBefore && !spaceAfter ? 1 : !spaceBefore && spaceAfter ? -1 : 2;
            default:
                return 0;
        }
    }

    private static void AddTrimmed(List<TextSpan> quotes, string text, int start, int end)
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
            quotes.Add(new TextSpan(start, end));
        }
    }
}

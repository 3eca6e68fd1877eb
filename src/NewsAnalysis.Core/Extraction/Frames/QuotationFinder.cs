using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>
/// Pairs quotation marks paragraph by paragraph. Straight marks open at the start of a word and close
/// at its end; a quote still open at the end of a paragraph ends there, and the next paragraph that
/// opens with a mark continues it (the news convention for quotes over several paragraphs).
/// </summary>
public static class QuotationFinder
{
    public static List<Quotation> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var quotes = new List<Quotation>();
        var previousLeftOpen = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var open = -1;
            var continues = false;
            var leftOpen = false;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                var c = text[i];
                var width = MarkWidth(text, i, paragraph.End);
                if (width == 0)
                {
                    continue;
                }

                var opening = c switch
                {
                    '\u201C' or '\u201E' or '\u00AB' or '`' => true,
                    '\u201D' or '\u00BB' => false,
                    _ => IsOpeningPosition(text, i, width, paragraph),
                };
                if (open < 0 && opening)
                {
                    open = i + width;
                    continues = previousLeftOpen && quotes.Count > 0 && i == paragraph.Start;
                }
                else if (open >= 0 && !opening)
                {
                    AddTrimmed(quotes, text, open, i, p, continues);
                    open = -1;
                }

                i += width - 1;
            }

            if (open >= 0)
            {
                AddTrimmed(quotes, text, open, paragraph.End, p, continues);
                leftOpen = true;
            }

            previousLeftOpen = leftOpen;
        }

        return quotes;
    }

    /// <summary>
    /// Length of the double quotation mark at <paramref name="i"/>, or 0: one character for " “ ” „ « »,
    /// two for the typewriter pairs '' and `` that some papers (the New York Times among them) print.
    /// </summary>
    private static int MarkWidth(string text, int i, int end)
    {
        var c = text[i];
        if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB')
        {
            return 1;
        }

        return (c is '\'' or '`') && i + 1 < end && text[i + 1] == c ? 2 : 0;
    }

    private static bool IsOpeningPosition(string text, int i, int width, TextSpan paragraph)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + width < paragraph.End ? text[i + width] : ' ';
        if (char.IsWhiteSpace(after) || after is ',' or '.' or ';' or ':' or ')' or '?' or '!')
        {
            return false;
        }

        return char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':' || i == paragraph.Start;
    }

    /// <summary>
    /// A nickname set inside a name, as wire copy writes it: Marta "Tita" Ruiz, Lee ''Bud'' Horn. One or two capitalised
    /// words between capitalised words, marks hugging them and a space either side; no one says them.
    /// </summary>
    private static bool IsNickname(string text, int start, int end)
    {
        var width = start >= 2 && text[start - 1] == text[start - 2] && text[start - 1] is '\'' or '`' ? 2 : 1;
        var open = start - width;
        var close = end + (end < text.Length && text[end] == '\'' ? 2 : 1);
        if (open < 2 || close + 1 >= text.Length || text[open - 1] != ' ' || text[close] != ' ' || !char.IsUpper(text[close + 1])
            || !char.IsUpper(text[start]) || !char.IsLetter(text[open - 2]))
        {
            return false;
        }

        var wordStart = open - 2;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        // A headline in title case quotes after its verb: Trump Says "Crooked Hillary" Must Answer.
        if (!char.IsUpper(text[wordStart]) || CueLexicon.TryGetLemma(text[wordStart..(open - 1)], out _))
        {
            return false;
        }

        var words = 1;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                words++;
                if (i + 1 >= end || !char.IsUpper(text[i + 1]))
                {
                    return false;
                }
            }
            else if (!char.IsLetter(text[i]) && text[i] is not ('.' or '-' or '\''))
            {
                return false;
            }
        }

        return words <= 2;
    }

    private static void AddTrimmed(List<Quotation> quotes, string text, int start, int end, int paragraph, bool continues)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && !IsNickname(text, start, end))
        {
            quotes.Add(new Quotation(new TextSpan(start, end), paragraph, continues));
        }
    }
}

namespace NewsAnalysis.Core.Text;

/// <summary>
/// Splits text into tokens with exact offsets, close to the Penn Treebank conventions that the CoNLL
/// data uses: clitics ('s, n't) are split off, hyphenated words and initialisms (U.S.) stay whole.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(16, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int next;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                next = ScanWord(text, i, end);
                kind = TokenKind.Word;
                if (next == i)
                {
                    // A word that is only a clitic ("'s" handled below) cannot start with a letter; defensive.
                    next = i + 1;
                }
            }
            else if (char.IsDigit(c) || IsLeadingDecimalPoint(text, i, start, end))
            {
                next = ScanNumber(text, i, end);
                kind = HasLetter(text, i, next) ? TokenKind.Word : TokenKind.Number;
            }
            else if (IsApostrophe(c) && TryScanClitic(text, i, end, out var cliticEnd))
            {
                next = cliticEnd;
                kind = TokenKind.Word;
            }
            else if (IsQuotationMark(c))
            {
                next = i + 1;
                kind = TokenKind.QuotationMark;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                next = i + 3;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                next = i + 2;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsPunctuation(c))
            {
                next = i + 1;
                kind = TokenKind.Punctuation;
            }
            else
            {
                next = char.IsSurrogatePair(text, i) ? i + 2 : i + 1;
                kind = TokenKind.Symbol;
            }

            tokens.Add(new Token(text[i..next], i, next, kind));
            i = next;
        }

        return tokens;
    }

    public static bool IsQuotationMark(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
            or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '`';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// A full stop that starts a number, as in batting averages (".596") or ".45-calibre": only after
    /// whitespace, an opening bracket or the start, so "in 1996.5" still splits at a sentence end.
    /// </summary>
    private static bool IsLeadingDecimalPoint(string text, int i, int start, int end) =>
        text[i] == '.' && i + 1 < end && char.IsDigit(text[i + 1])
            && (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[');

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int ScanWord(string text, int start, int end)
    {
        var i = start;

        // Where the letters and full stops read so far were last known to spell an initialism: checking again from the
        // start at every full stop took time with the square of the word's length ("a.b.a.b.…").
        var initialismTo = -1;
        while (true)
        {
            while (i < end && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            if (i >= end)
            {
                return i;
            }

            var c = text[i];
            if (c == '.')
            {
                // Initialisms: U.S., U.N., e.g. -- single letters joined by full stops.
                if (i == initialismTo || IsInitialismSoFar(text, start, i))
                {
                    if (i + 2 < end && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                    {
                        i += 2;
                        initialismTo = i;
                        continue;
                    }

                    return i + 1 < end && char.IsLetter(text[i + 1]) ? i : i + 1;
                }

                var word = text[start..i];
                if (Abbreviations.IsKnown(word) || (word.Length == 1 && char.IsUpper(word[0])))
                {
                    return i + 1;
                }

                return i;
            }

            if ((c == '-' || c == '\u2010' || c == '&') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                var suffixEnd = i + 1;
                while (suffixEnd < end && char.IsLetter(text[suffixEnd]))
                {
                    suffixEnd++;
                }

                var suffix = text[(i + 1)..suffixEnd].ToLowerInvariant();
                if (suffix is "s" or "ll" or "re" or "ve" or "d" or "m")
                {
                    return i;
                }

                if (suffix == "t" && i - 1 > start && (text[i - 1] == 'n' || text[i - 1] == 'N'))
                {
                    return i - 1;
                }

                i = suffixEnd;
                continue;
            }

            return i;
        }
    }

    private static bool IsInitialismSoFar(string text, int start, int dot)
    {
        // Pattern: L(.L)* with single letters, ending just before `dot`.
        for (var i = start; i < dot; i++)
        {
            var expectLetter = (i - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(text[i]) : text[i] != '.')
            {
                return false;
            }
        }

        return (dot - start) % 2 == 1;
    }

    private static bool TryScanClitic(string text, int start, int end, out int cliticEnd)
    {
        // 's, 'll, 're, 've, 'd, 'm directly after a word: "Putin's" -> "Putin" + "'s".
        cliticEnd = start;
        if (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        {
            return false;
        }

        var i = start + 1;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        var suffix = text[(start + 1)..i].ToLowerInvariant();
        if (suffix is "s" or "ll" or "re" or "ve" or "d" or "m" && (i >= end || !char.IsLetterOrDigit(text[i])))
        {
            cliticEnd = i;
            return true;
        }

        return false;
    }

    private static int ScanNumber(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.' || c == ':' || c == '/') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                // 1990s, 3rd, 10am, 5-year
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}

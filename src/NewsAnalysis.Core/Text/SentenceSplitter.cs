namespace NewsAnalysis.Core.Text;

/// <summary>
/// Groups tokens into sentences. A line break always ends a sentence (headlines, bylines and
/// paragraphs carry no full stop); a full stop after an initialism ends one only when a typical
/// sentence opener follows, so "U.S. Secretary of State" stays one sentence. No sentence is longer than
/// <see cref="MaxTokens"/> tokens.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "There", "His",
        "Her", "Their", "Its", "Our", "My", "Some", "Many", "Most", "No", "Yet", "So", "Still", "Also",
        "However", "Meanwhile", "Last", "Earlier", "Later", "Since", "For", "Despite", "Although", "Only",
    };

    /// <summary>
    /// The longest sentence, in tokens. Several steps look across a whole sentence for each cue, name or quote in
    /// it, so a text without sentence ends (a list, a pasted table, an attack) would cost time with the square of its
    /// length; cut into pieces of at most this length, it costs time in proportion to it. The longest sentence of
    /// PolNeAR (train and dev, 34,000 sentences) has 220 tokens.
    /// </summary>
    public const int MaxTokens = 400;

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLast = i == tokens.Count - 1;
            if (isLast || EndsSentenceAfter(text, tokens, i))
            {
                var endToken = i;
                sentences.Add(new Sentence(tokens[first].Start, tokens[endToken].End, first, endToken - first + 1));
                first = i + 1;
            }
            else if (i + 1 - first == MaxTokens)
            {
                var endToken = LongSentenceEnd(tokens, first, i);
                sentences.Add(new Sentence(tokens[first].Start, tokens[endToken].End, first, endToken - first + 1));
                first = endToken + 1;
            }
        }

        return sentences;
    }

    /// <summary>Where to cut an over-long sentence: after its last semicolon or comma in the second half, else at <paramref name="last"/>.</summary>
    private static int LongSentenceEnd(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = last; i > first + ((last - first) / 2); i--)
        {
            if (tokens[i].Text is ";" or ",")
            {
                return i;
            }
        }

        return last;
    }

    private static bool EndsSentenceAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        var current = tokens[i];
        var next = tokens[i + 1];
        if (ContainsLineBreak(text, current.End, next.Start))
        {
            return true;
        }

        // Closing quotation marks and brackets right after the terminator belong to the sentence.
        if (IsCloser(current) && i > 0 && IsTerminator(tokens[i - 1]) && tokens[i - 1].End == current.Start
            && !IsCloser(next))
        {
            return StartsNewSentence(next);
        }

        if (IsTerminator(current))
        {
            if (IsCloser(next) && next.Start == current.End)
            {
                return false;
            }

            return StartsNewSentence(next);
        }

        if (current.Kind == TokenKind.Word && current.Text.Length > 1 && current.Text[^1] == '.')
        {
            var word = current.Text[..^1];
            if (Abbreviations.NeverFinal.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
            {
                return false;
            }

            // Initialisms and company suffixes end a sentence only before a clear sentence opener.
            return SentenceOpeners.Contains(next.Text) || next.Kind == TokenKind.QuotationMark;
        }

        return false;
    }

    private static bool StartsNewSentence(Token next) =>
        next.IsCapitalized || next.Kind is TokenKind.QuotationMark or TokenKind.Number
            || next.Text is "(" or "[" or "\u2022" or "-" or "\u2014";

    private static bool IsTerminator(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?" or "..." or "\u2026";

    private static bool IsCloser(Token token) =>
        token.Kind == TokenKind.QuotationMark || token.Text is ")" or "]";

    private static bool ContainsLineBreak(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }
}

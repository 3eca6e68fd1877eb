using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>
/// What a frame's source said, by the rules: the clause after the cue, or before it ("X happened, sources said"),
/// trimmed of punctuation and cut where the source's next cue takes over. The rule claims take it as their content
/// and the attribution tagger reads it as a feature.
/// </summary>
internal static class FrameContent
{
    private const int MinContentTokens = 3;

    private static readonly HashSet<string> ObjectTakingLemmas = new(StringComparer.Ordinal)
    {
        "tell", "warn", "assure", "reassure", "inform", "notify", "remind", "advise", "urge", "promise", "ask",
    };

    /// <summary>The content the rules give a frame, as a token range; also a feature of the attribution tagger.</summary>
    public static (int First, int End)? Of(AnalysisDocument document, AttributionFrame frame)
    {
        var sentence = document.Sentences[frame.Sentence];
        var tokens = document.Tokens;
        var frameFirst = Math.Min(frame.CueToken, frame.SourceFirstToken);
        var frameEnd = Math.Max(frame.CueEndToken, frame.SourceEndToken);

        // "X happened, sources said." / "X happened, according to the ministry."
        var contentBefore = frameFirst > sentence.FirstToken + 1
            && (tokens[frameFirst - 1].Text is "," or "\u2014" or "--" or "-" || tokens[frameFirst - 1].Kind == TokenKind.QuotationMark);
        if (contentBefore && IsTail(document, frameEnd, sentence.EndToken)
            && Trim(document, sentence.FirstToken, frameFirst) is { } before)
        {
            return before;
        }

        var start = frame.SourceAfterCue ? frameEnd : frame.CueEndToken;
        if (frame.Lemma == "according to")
        {
            if (start < sentence.EndToken && tokens[start].Text == ",")
            {
                start++;
            }
        }
        else if (ObjectTakingLemmas.Contains(frame.Lemma))
        {
            // "told the council before the vote that …". Measured on PolNeAR train: looking that far for
            // "that" after other cues cuts relative clauses out of their content more often than it helps.
            var that = FindThat(tokens, start, Math.Min(sentence.EndToken, start + 10));
            if (that >= 0)
            {
                start = that + 1;
            }
        }

        while (start < sentence.EndToken && tokens[start].Text is "that" or ":" or "," or "\u2014")
        {
            start++;
        }

        return Trim(document, start, ContentEnd(document, frame, sentence));
    }

    /// <summary>
    /// Content stops where the source's next cue takes over: "…", suggesting a meeting …; "praised X and
    /// said she would …"; "…, but denied …".
    /// </summary>
    private static int ContentEnd(AnalysisDocument document, AttributionFrame frame, Sentence sentence)
    {
        var tokens = document.Tokens;
        var (first, end) = document.FramesOfSentence(frame.Sentence);
        for (var f = first; f < end; f++)
        {
            var other = document.Frames[f];
            if (other.Sentence != frame.Sentence || other.CueToken <= frame.CueEndToken)
            {
                continue;
            }

            var before = other.CueToken - 1;
            while (before > frame.CueEndToken && CueLexicon.Auxiliaries.Contains(tokens[before].Text))
            {
                before--;
            }

            if (tokens[before].Text is "," or "and" or "but" or ";")
            {
                return tokens[before - 1].Text == "," ? before - 1 : before;
            }
        }

        return sentence.EndToken;
    }

    private static readonly HashSet<string> TailOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "while", "when", "to", "from", "with", "last", "this",
        "earlier", "later", "yesterday", "today", "via", "through",
    };

    /// <summary>After the frame, nothing but an adverbial is left: "he said on Tuesday", "Putin said in an interview with …".</summary>
    private static bool IsTail(AnalysisDocument document, int from, int end)
    {
        if (from < end && TailOpeners.Contains(document.Tokens[from].Text))
        {
            return true;
        }

        var words = 0;
        for (var t = from; t < end; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind == TokenKind.QuotationMark)
            {
                return false;
            }

            if (token.Kind == TokenKind.Word)
            {
                words++;
                if (token.Text is "that" || CueLexicon.TryGetLemma(token.Text, out _))
                {
                    return false;
                }
            }
        }

        return words <= 6;
    }

    private static int FindThat(List<Token> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Text == "that")
            {
                return t;
            }

            if (tokens[t].Kind == TokenKind.QuotationMark)
            {
                return -1;
            }
        }

        return -1;
    }

    public static (int First, int End)? Trim(AnalysisDocument document, int first, int end)
    {
        var tokens = document.Tokens;
        while (end > first && tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        while (first < end && tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        var words = 0;
        for (var t = first; t < end; t++)
        {
            words += tokens[t].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return words >= MinContentTokens ? (first, end) : null;
    }
}

using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>
/// The other ways a claim's content could be drawn (<see cref="ContentCandidateKind"/>) and what the chooser
/// reads of the claim: its words and their edges, its cue and source, and, for a claim the tagger found, how
/// sure the tagger was of each label (<see cref="AttributionTagger.TagWithMargins"/>).
/// </summary>
internal static class ContentCandidates
{
    /// <summary>Bin edges for the tagger's label margins (in weight units over 100; most lie between -0.5 and 2.5).</summary>
    private static readonly float[] MarginEdges = [-0.4f, -0.2f, 0f, 0.2f, 0.4f, 0.6f, 0.8f, 1.0f, 1.2f, 1.4f, 1.7f, 2.0f, 2.4f];

    private static readonly int[] WordEdges = [2, 3, 5, 7, 9, 11, 13, 16, 19, 25, 35];

    /// <param name="margins">The tagger's margin per token when the tagger found the claim; null for a rule claim.</param>
    public static List<ContentCandidate> Of(AnalysisDocument document, ExtractedClaim claim, float[]? margins, int hashBits)
    {
        var tokens = document.Tokens;
        var first = document.TokenIndexAtOrAfter(claim.Span.Start);
        var end = Math.Max(first + 1, document.TokenIndexAtOrAfter(claim.Span.End));
        var features = new HashedFeatures(hashBits);
        var firstSentence = document.Sentences[document.SentenceIndexOfToken(first)];
        var lastSentence = document.Sentences[document.SentenceIndexOfToken(end - 1)];
        var spans = new List<(ContentCandidateKind Kind, int First, int End)> { (ContentCandidateKind.AsFound, first, end) };

        AddContent(document, features, first, end, firstSentence, lastSentence, margins);
        AddCue(document, features, claim, first, end, margins);
        AddSource(document, features, claim, first, firstSentence, margins);

        var cut = BreakIn(document, first, end);
        if (cut >= 0)
        {
            features.Add("cutMark", tokens[cut].Text);
            features.Add("cutAfter", cut + 1 < tokens.Count ? tokens[cut + 1].Text.ToLowerInvariant() : "$");
            features.Add("cutBefore", tokens[cut - 1].Text.ToLowerInvariant());
            features.Add("cutLeft", Math.Min(cut - first, 8));
            features.Add("cutRight", Math.Min(end - cut, 8));
            features.Add("cutHasCue", HasRuleCue(document, cut, end));
            features.Add("cutRightQuote", Any(tokens, cut, end, t => t.Kind == TokenKind.QuotationMark));
            AddMargins(features, "cutMargin", margins, cut, end);
            spans.Add((ContentCandidateKind.CutAtBreak, first, cut));
        }

        var sentenceEnd = lastSentence.EndToken;
        while (sentenceEnd > end && tokens[sentenceEnd - 1].Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
        {
            sentenceEnd--;
        }

        if (sentenceEnd > end)
        {
            features.Add("extFirst", tokens[end].Text.ToLowerInvariant());
            features.Add("extSecond", end + 1 < tokens.Count ? tokens[end + 1].Text.ToLowerInvariant() : "$");
            features.Add("extLength", Math.Min(sentenceEnd - end, 8));
            features.Add("extRatio", Math.Min(4, (sentenceEnd - end) * 2 / (end - first)));
            features.Add("extHasCue", HasRuleCue(document, end, sentenceEnd));
            features.Add("extQuote", Any(tokens, end, sentenceEnd, t => t.Kind == TokenKind.QuotationMark));
            features.Add("extComma", Any(tokens, end, sentenceEnd, t => t.Text == ","));
            features.Add("extMention", HasMention(document, end, sentenceEnd));
            AddMargins(features, "extMargin", margins, end, sentenceEnd);
            spans.Add((ContentCandidateKind.ToSentenceEnd, first, sentenceEnd));
        }

        var sentenceStart = firstSentence.FirstToken;
        while (sentenceStart < first && tokens[sentenceStart].Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
        {
            sentenceStart++;
        }

        var cueBefore = claim.Cue is { } cue && cue.Start >= tokens[sentenceStart].Start && cue.End <= claim.Span.Start;
        if (sentenceStart < first && !cueBefore)
        {
            features.Add("startLength", Math.Min(first - sentenceStart, 8));
            features.Add("startFirst", tokens[sentenceStart].Text.ToLowerInvariant());
            features.Add("startLast", tokens[first - 1].Text.ToLowerInvariant());
            features.Add("startHasCue", HasRuleCue(document, sentenceStart, first));
            features.Add("startMention", HasMention(document, sentenceStart, first));
            AddMargins(features, "startMargin", margins, sentenceStart, first);
            spans.Add((ContentCandidateKind.FromSentenceStart, sentenceStart, end));
        }

        var vector = features.ToArray();
        return [.. spans.Select(s => new ContentCandidate(
            claim, s.Kind, new TextSpan(tokens[s.First].Start, tokens[s.End - 1].End), s.First, s.End, vector))];
    }

    private static void AddContent(
        AnalysisDocument document, HashedFeatures features, int first, int end, Sentence firstSentence, Sentence lastSentence, float[]? margins)
    {
        var tokens = document.Tokens;
        var words = 0;
        var quoteMarks = 0;
        var numbers = 0;
        for (var t = first; t < end; t++)
        {
            words += tokens[t].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
            quoteMarks += tokens[t].Kind == TokenKind.QuotationMark ? 1 : 0;
            numbers += tokens[t].Kind == TokenKind.Number ? 1 : 0;
        }

        features.Add("origin", margins is null ? "rules" : "tagger");
        features.Add("words", Bin(words, WordEdges));
        features.Add("quoteMarks", Math.Min(quoteMarks, 3));
        features.Add("numbers", Math.Min(numbers, 2));
        features.Add("sentences", Math.Min(document.SentenceIndexOfToken(end - 1) - document.SentenceIndexOfToken(first), 2));
        features.Add("atSentenceStart", first <= firstSentence.FirstToken + 1);
        features.Add("atSentenceEnd", end >= lastSentence.EndToken - 2);
        features.Add("first", tokens[first].Text.ToLowerInvariant());
        features.Add("firstCapital", char.IsUpper(tokens[first].Text[0]));
        features.Add("last", tokens[end - 1].Text.ToLowerInvariant());
        features.Add("before", first > 0 ? tokens[first - 1].Text.ToLowerInvariant() : "^");
        features.Add("after", end < tokens.Count ? tokens[end].Text.ToLowerInvariant() : "$");
        features.Add("headline", document.ParagraphIndexAt(tokens[first].Start) == 0);
        AddMargins(features, "contentMargin", margins, first, end);
        if (margins is not null)
        {
            features.Add("contentFirstMargin", Bin(margins[first], MarginEdges));
            features.Add("contentAfterMargin", Bin(end < margins.Length ? margins[end] : 0f, MarginEdges));
            features.Add("contentBeforeMargin", Bin(first > 0 ? margins[first - 1] : 0f, MarginEdges));
        }
    }

    private static void AddCue(AnalysisDocument document, HashedFeatures features, ExtractedClaim claim, int first, int end, float[]? margins)
    {
        if (claim.Cue is not { } cue)
        {
            features.Add("cue", "(none)");
            return;
        }

        var text = document.TextOf(cue).ToLowerInvariant();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        features.Add("cue", text);
        features.Add("cueFirst", words[0]);
        features.Add("cueLast", words[^1]);
        features.Add("cueWords", Math.Min(words.Length, 4));
        features.Add("cuePosition", Position(cue, claim.Span));
        var cueFirst = document.TokenIndexAtOrAfter(cue.Start);
        var cueEnd = document.TokenIndexAtOrAfter(cue.End);
        features.Add("cueGap", Math.Clamp(cue.End <= claim.Span.Start ? first - cueEnd : cueFirst - end, -1, 5));
        var (near, nearEnd) = document.FramesWithCueNear(cueFirst, cueEnd);
        features.Add("ruleCue", document.Frames.Take(nearEnd).Skip(near).Any(f => f.CueToken < cueEnd && f.CueEndToken > cueFirst));
        AddMargins(features, "cueMargin", margins, cueFirst, cueEnd);
    }

    private static void AddSource(AnalysisDocument document, HashedFeatures features, ExtractedClaim claim, int first, Sentence firstSentence, float[]? margins)
    {
        if (claim.Claimant is not { } source)
        {
            features.Add("source", "(none)");
            return;
        }

        var text = document.TextOf(source.Mention);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sourceFirst = document.TokenIndexAtOrAfter(source.Mention.Start);
        features.Add("sourceWords", Math.Min(words.Length, 6));
        features.Add("sourceEntity", source.Entity is { } e ? document.Entities[e].Type.ToString() : "(none)");
        features.Add("sourceWord", words.Length == 1 ? text.ToLowerInvariant() : "(several)");
        features.Add("sourceCapital", text.Length > 0 && char.IsUpper(text[0]));
        features.Add("sourceLast", words.Length > 0 ? words[^1].ToLowerInvariant() : "");
        features.Add("sourcePosition", Position(source.Mention, claim.Span));
        features.Add("sourceSameSentence", sourceFirst >= firstSentence.FirstToken && sourceFirst < firstSentence.EndToken);
        AddMargins(features, "sourceMargin", margins, sourceFirst, document.TokenIndexAtOrAfter(source.Mention.End));
    }

    private static string Position(TextSpan span, TextSpan content) =>
        span.End <= content.Start ? "before" : span.Start >= content.End ? "after" : "inside";

    /// <summary>The first comma, dash, semicolon or opening parenthesis outside quotes that leaves two tokens before it and one after.</summary>
    private static int BreakIn(AnalysisDocument document, int first, int end)
    {
        for (var t = first + 2; t < end - 1; t++)
        {
            if (document.Tokens[t].Text is "," or "\u2014" or "-" or "--" or ";" or "(" && !document.IsQuoted(document.Tokens[t].Start))
            {
                return t;
            }
        }

        return -1;
    }

    private static bool HasRuleCue(AnalysisDocument document, int first, int end)
    {
        var (near, nearEnd) = document.FramesWithCueNear(first, end);
        return document.Frames.Take(nearEnd).Skip(near).Any(f => f.CueToken >= first && f.CueToken < end);
    }

    /// <summary>Whether a mention lies wholly in [<paramref name="first"/>, <paramref name="end"/>); mentions are in text order.</summary>
    private static bool HasMention(AnalysisDocument document, int first, int end)
    {
        var mentions = document.Mentions;
        for (var m = document.MentionIndexAtOrAfter(first); m < mentions.Count && mentions[m].FirstToken < end; m++)
        {
            if (mentions[m].EndToken <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(List<Token> tokens, int first, int end, Func<Token, bool> test)
    {
        for (var t = first; t < end; t++)
        {
            if (test(tokens[t]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddMargins(HashedFeatures features, string name, float[]? margins, int first, int end)
    {
        if (margins is null || end <= first)
        {
            return;
        }

        var min = float.MaxValue;
        var sum = 0f;
        for (var t = first; t < end; t++)
        {
            min = Math.Min(min, margins[t]);
            sum += margins[t];
        }

        features.Add(name + "Min", Bin(min, MarginEdges));
        features.Add(name + "Mean", Bin(sum / (end - first), MarginEdges));
    }

    /// <summary>How many of the ascending <paramref name="edges"/> the value reaches.</summary>
    private static int Bin<T>(T value, T[] edges)
        where T : System.Numerics.INumber<T>
    {
        var bin = 0;
        while (bin < edges.Length && value >= edges[bin])
        {
            bin++;
        }

        return bin;
    }
}

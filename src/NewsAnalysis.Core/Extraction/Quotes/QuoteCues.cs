using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>The cue frame a quotation takes: right after it in its sentence, before it, later in the sentence, or earlier in its paragraph.</summary>
internal static class QuoteCues
{
    private const int MaxGapTokens = 3;
    private const int MaxTailWords = 6;

    /// <summary>
    /// The cue right after the quote: in the same sentence, or opening a next sentence that says no more
    /// than who spoke ("…?" Trump asked.).
    /// </summary>
    internal static AttributionFrame? FrameAfter(AnalysisDocument document, Quotation quotation)
    {
        var after = document.TokenIndexAtOrAfter(quotation.Span.End);
        if (after >= document.Tokens.Count)
        {
            return null;
        }

        var quoteSentence = document.SentenceIndexOfToken(Math.Max(0, after - 1));
        var frames = document.Frames;
        for (var f = document.FrameIndexAtOrAfterCue(after); f < frames.Count; f++)
        {
            var frame = frames[f];
            var first = Math.Min(frame.CueToken, frame.SourceFirstToken);
            if (first < after)
            {
                continue;
            }

            if (first - after > MaxGapTokens)
            {
                break;
            }

            for (var t = after; t < first; t++)
            {
                var token = document.Tokens[t];
                if (token.Kind is not TokenKind.QuotationMark && token.Text is not ("," or "\u2014" or "--" or "-"))
                {
                    return null;
                }
            }

            if (document.ParagraphIndexAt(document.Tokens[first].Start) != quotation.Paragraph)
            {
                return null;
            }

            // A cue that opens the next sentence counts when that sentence says no more than who spoke:
            // "…?" Sanders said.
            if (frame.Sentence == quoteSentence)
            {
                return frame;
            }

            // A quote ending in its own "?" or "!" ends the writer's sentence too, whatever follows the cue
            // ("All the way!" Dawson shouted, shorthand for …). Otherwise a next sentence that quotes again
            // ("He added that members are “…”") cues its own quote.
            var quotesAgain = QuotesInSentenceAfter(document, quotation, frame.Sentence);
            return EndsInExclamationOrQuestion(document, quotation) || !quotesAgain && IsShortTail(document, frame) ? frame : null;
        }

        return null;
    }

    /// <summary>Whether a quotation that starts after <paramref name="quotation"/> starts in sentence <paramref name="sentence"/>.</summary>
    private static bool QuotesInSentenceAfter(AnalysisDocument document, Quotation quotation, int sentence)
    {
        // Quotations are in text order, so the sentences they start in rise: stop past the sentence.
        var quotations = document.Quotations;
        var from = document.Sentences[sentence].Start;
        for (var q = FirstQuotationStartingAfter(document, Math.Max(quotation.Span.End, from - 1)); q < quotations.Count; q++)
        {
            var at = document.SentenceIndexOfToken(document.TokenIndexAtOrAfter(quotations[q].Span.Start));
            if (at >= sentence)
            {
                return at == sentence;
            }
        }

        return false;
    }

    private static int FirstQuotationStartingAfter(AnalysisDocument document, int position)
    {
        int lo = 0, hi = document.Quotations.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (document.Quotations[mid].Span.Start > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    internal static bool EndsInExclamationOrQuestion(AnalysisDocument document, Quotation quotation) =>
        document.Text[quotation.Span.End - 1] is '?' or '!';

    internal static bool IsShortTail(AnalysisDocument document, AttributionFrame frame)
    {
        var sentence = document.Sentences[frame.Sentence];
        var words = 0;
        for (var t = Math.Max(frame.CueEndToken, frame.SourceEndToken); t < sentence.EndToken; t++)
        {
            words += document.Tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }

        return words <= MaxTailWords;
    }

    internal static AttributionFrame? FrameBefore(AnalysisDocument document, Quotation quotation)
    {
        var start = document.TokenIndexAtOrAfter(quotation.Span.Start);
        if (start >= document.Tokens.Count)
        {
            return null;
        }

        var sentence = document.SentenceIndexOfToken(start);
        AttributionFrame? nearest = null;
        var (first, end) = document.FramesOfSentence(sentence);
        for (var f = first; f < end; f++)
        {
            var frame = document.Frames[f];
            if (frame.Sentence == sentence && frame.CueToken < start && frame.SourceEndToken <= start
                && (nearest is null || CueLexicon.IsStrong(frame.Lemma) || !CueLexicon.IsStrong(nearest.Lemma)))
            {
                nearest = frame;
            }
        }

        // "She said she recalls the client being “confused”": a pronoun that takes up the source of an earlier
        // cue in the sentence is part of what that source said; the statement is the outer one.
        if (nearest is not null && nearest.Lemma != "say" && IsPronoun(document, nearest))
        {
            var outer = document.Frames.Take(end).Skip(first).FirstOrDefault(f => f.Sentence == sentence && f.Lemma == "say" && !f.SourceAfterCue
                && OpensItsComplement(document, f, nearest.SourceFirstToken) && SameSpeaker(document, f.Source, nearest.Source));
            return outer ?? nearest;
        }

        return nearest;
    }

    /// <summary>The token opens what the cue reports: "said she …", "said that she …", "said Friday that she …".</summary>
    internal static bool OpensItsComplement(AnalysisDocument document, AttributionFrame frame, int token)
    {
        if (token < frame.CueEndToken || token - frame.CueEndToken > 3)
        {
            return false;
        }

        for (var t = frame.CueEndToken; t < token; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word || CueLexicon.ClauseWords.Contains(document.Tokens[t].Text) && document.Tokens[t].Text != "that")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A pronoun source that takes up the source of an earlier cue in its sentence is named by that source, the mention
    /// that says who it is: "Ana Ruiz says she thinks it is “a fair deal”", "Ana Ruiz told reporters she doubted …",
    /// "Ana Ruiz said she felt … because “…,” she said", "Ban Ki-moon condemned what he called a “brazen breach”".
    /// A pronoun in a clause of its own keeps its place ("…, but he said …", "a plan which he called “…”"): PolNeAR's
    /// annotators name the pronoun there, and so does the writer.
    /// </summary>
    internal static Speaker? SubjectThePronounTakesUp(AnalysisDocument document, AttributionFrame frame)
    {
        if (!IsPronoun(document, frame)
            || frame.SourceFirstToken > 0 && document.Tokens[frame.SourceFirstToken - 1].Text is "but" or "and" or "yet" or "while" or ";")
        {
            return null;
        }

        var pronoun = frame.SourceFirstToken;
        var (first, end) = document.FramesOfSentence(frame.Sentence);
        for (var f = first; f < end; f++)
        {
            var outer = document.Frames[f];
            if (outer == frame || outer.Sentence != frame.Sentence || outer.SourceAfterCue || outer.CueEndToken > pronoun)
            {
                continue;
            }

            // The pronoun opens what the outer cue reports, or repeats the outer "said" after the quote it reports.
            var repeats = outer.Lemma == "say" && !frame.SourceAfterCue
                && document.QuotationStartsBetween(document.Tokens[outer.CueEndToken - 1].End, document.Tokens[pronoun].Start);
            if ((OpensItsComplement(document, outer, pronoun) || repeats) && TakesUp(document, frame, outer.Source))
            {
                return outer.Source;
            }
        }

        return WhatItCalls(document, frame);
    }

    /// <summary>The pronoun of <paramref name="frame"/> stands for <paramref name="source"/>: the same pronoun, or resolved to its entity.</summary>
    private static bool TakesUp(AnalysisDocument document, AttributionFrame frame, Speaker source)
    {
        var pronoun = document.Tokens[frame.SourceFirstToken].Text;
        var words = document.TextOf(source.Mention);
        return CueLexicon.Pronouns.Contains(words)
            ? words.Equals(pronoun, StringComparison.OrdinalIgnoreCase)
            : source.Entity is not null && source.Entity == frame.Source.Entity;
    }

    /// <summary>
    /// "Ban Ki-moon condemned what he called a “brazen breach”": the pronoun in "what he called" takes up the
    /// subject of the sentence, which is the one who speaks.
    /// </summary>
    private static Speaker? WhatItCalls(AnalysisDocument document, AttributionFrame frame)
    {
        if (frame.SourceFirstToken == 0 || frame.Source.Entity is null || document.Tokens[frame.SourceFirstToken - 1].Text != "what")
        {
            return null;
        }

        var sentence = document.Sentences[frame.Sentence];
        var from = ClauseSubjects.MainClauseStart(document, sentence);
        var subject = document.Mentions.FirstOrDefault(m => m.FirstToken >= from && m.FirstToken < frame.SourceFirstToken
            && !document.IsQuoted(m.Span.Start));
        return subject is not null && subject.Entity == frame.Source.Entity && subject.FirstToken - from <= 4 ? document.SpeakerOf(subject) : null;
    }

    internal static bool IsPronoun(AnalysisDocument document, AttributionFrame frame) =>
        frame.SourceEndToken - frame.SourceFirstToken == 1 && CueLexicon.Pronouns.Contains(document.Tokens[frame.SourceFirstToken].Text);

    internal static bool SameSpeaker(AnalysisDocument document, Speaker a, Speaker b) =>
        a.Entity is not null ? a.Entity == b.Entity : document.TextOf(a.Mention).Equals(document.TextOf(b.Mention), StringComparison.OrdinalIgnoreCase);

    /// <summary>"“…,” the dawn of the modern conservative movement, Bozell says.": a cue later in the quote's sentence.</summary>
    internal static AttributionFrame? FrameLaterInSentence(AnalysisDocument document, Quotation quotation)
    {
        var after = document.TokenIndexAtOrAfter(quotation.Span.End);
        if (after >= document.Tokens.Count)
        {
            return null;
        }

        // Other quotes may stand between when this quote opens the sentence: "''They hurt'' but are needed ''for
        // the long term,'' he said." Otherwise a quote nearer the cue is the one it reports.
        var sentence = document.SentenceIndexOfToken(Math.Max(0, after - 1));
        var opensSentence = document.TokenIndexAtOrAfter(quotation.Span.Start) - 1 <= document.Sentences[sentence].FirstToken;
        var (first, end) = document.FramesOfSentence(sentence);
        return document.Frames.Take(end).Skip(first).FirstOrDefault(f => f.Sentence == sentence && f.CueToken > after && CueLexicon.IsStrong(f.Lemma)
            && (opensSentence || !document.QuotationStartsBetween(quotation.Span.End, document.Tokens[f.CueToken].Start)));
    }

    /// <summary>The nearest cue in an earlier sentence of the quote's paragraph.</summary>
    internal static AttributionFrame? EarlierInParagraph(AnalysisDocument document, Quotation quotation)
    {
        var paragraph = document.Paragraphs[quotation.Paragraph];
        var frames = document.Frames;

        // Frames are in text order: walk back from the last cue before the quote to the paragraph's start.
        for (var f = document.FrameIndexAtOrAfterCue(document.TokenIndexAtOrAfter(quotation.Span.Start)) - 1; f >= 0; f--)
        {
            var cue = document.Tokens[frames[f].CueToken];
            if (cue.Start < paragraph.Start)
            {
                break;
            }

            if (cue.Start < quotation.Span.Start && CueLexicon.IsStrong(frames[f].Lemma))
            {
                return frames[f];
            }
        }

        return null;
    }
}

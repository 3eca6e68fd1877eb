using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>
/// Gives each quotation its speaker, trying in order: the name signing its paragraph ("“…” ― Ana Ruiz");
/// a transcript label opening it ("“PENCE: …"); a person named right before its colon; the cue right
/// after it in its sentence ("…", Putin said); the nearest cue before it in its sentence (He added that
/// "…"); a colon that introduces it ("Trump issued the following statement: …"); the speaker of the
/// quote it continues; the nearest cue earlier in its paragraph; the person heading its clause; the
/// person heading the sentence before it in the paragraph. Otherwise the speaker stays null: never a
/// guess from another paragraph, never a name from inside the quote. Quotation marks around a title
/// (<see cref="QuotedTitle"/>) make no quote.
/// </summary>
public sealed class QuoteAttributionStep : IAnalysisStep
{
    private const int MaxGapTokens = 3;
    private const int MaxTailWords = 6;


    public IReadOnlyList<DocumentLayer> Reads { get; } =
        [DocumentLayer.Segments, DocumentLayer.Mentions, DocumentLayer.Entities, DocumentLayer.Quotations, DocumentLayer.Frames];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.RuleQuotes];

    public void Run(AnalysisDocument document)
    {
        if (document.Tokens.Count == 0)
        {
            return;
        }

        ExtractedQuote? previous = null;
        Quotation? previousQuotation = null;
        foreach (var quotation in document.Quotations)
        {
            if (QuotedTitle.Is(document, quotation))
            {
                continue;
            }

            var quote = Attribute(document, quotation, previous, previousQuotation);
            document.RuleQuotes.Add(quote);
            previous = quote;
            previousQuotation = quotation;
        }
    }

    private static ExtractedQuote Attribute(AnalysisDocument document, Quotation quotation, ExtractedQuote? previous, Quotation? previousQuotation)
    {
        if (LayoutSpeakers.SignedParagraph(document, quotation.Paragraph) is { } signed && signed.Dash >= quotation.Span.End)
        {
            return new ExtractedQuote(quotation.Span, null, signed.Source);
        }

        if (LayoutSpeakers.TranscriptLabel(document, quotation) is { } label)
        {
            return new ExtractedQuote(label.Content, null, label.Source);
        }

        if (LayoutSpeakers.NamedBeforeColon(document, quotation) is { } named)
        {
            return new ExtractedQuote(quotation.Span, null, named);
        }

        var frame = FrameAfter(document, quotation) ?? FrameBefore(document, quotation) ?? FrameLaterInSentence(document, quotation);
        if (frame is not null)
        {
            return new ExtractedQuote(quotation.Span, frame.CueSpan(document), SubjectNamingWhatItCalls(document, frame) ?? frame.Source);
        }

        if (LayoutSpeakers.IntroducedByColon(document, quotation) is { } introduced)
        {
            return introduced;
        }

        if (previous?.Speaker is not null && previousQuotation is not null && Continues(document, previousQuotation, quotation))
        {
            return new ExtractedQuote(quotation.Span, previous.Cue, previous.Speaker);
        }

        if (EarlierInParagraph(document, quotation) is { } earlier)
        {
            return new ExtractedQuote(quotation.Span, earlier.CueSpan(document), earlier.Source);
        }

        if (SubjectOfItsSentence(document, quotation) is { } subject)
        {
            return new ExtractedQuote(quotation.Span, null, subject);
        }

        if (SubjectOfTheSentenceBefore(document, quotation) is { } previousSubject)
        {
            return new ExtractedQuote(quotation.Span, null, previousSubject);
        }

        return new ExtractedQuote(quotation.Span, null, null);
    }

    /// <summary>A quote carries on the previous speaker in the same paragraph, or when it reopens an unclosed quote.</summary>
    private static bool Continues(AnalysisDocument document, Quotation previous, Quotation current)
    {
        if (current.ContinuesPrevious || previous.Paragraph == current.Paragraph)
        {
            return true;
        }

        // A paragraph that is nothing but a quote, right after a paragraph that quoted the speaker.
        var paragraph = document.Paragraphs[current.Paragraph];
        return previous.Paragraph == current.Paragraph - 1
            && current.Span.Start - paragraph.Start <= 2
            && OnlyMarksBetween(document.Text, current.Span.End, paragraph.End);
    }

    private static bool OnlyMarksBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The cue right after the quote: in the same sentence, or opening a next sentence that says no more
    /// than who spoke ("…?" Trump asked.).
    /// </summary>
    private static AttributionFrame? FrameAfter(AnalysisDocument document, Quotation quotation)
    {
        var after = document.TokenIndexAtOrAfter(quotation.Span.End);
        if (after >= document.Tokens.Count)
        {
            return null;
        }

        var quoteSentence = document.SentenceIndexOfToken(Math.Max(0, after - 1));
        foreach (var frame in document.Frames)
        {
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
            var quotesAgain = document.Quotations.Any(q => q.Span.Start > quotation.Span.End
                && document.SentenceIndexOfToken(document.TokenIndexAtOrAfter(q.Span.Start)) == frame.Sentence);
            return EndsInExclamationOrQuestion(document, quotation) || !quotesAgain && IsShortTail(document, frame) ? frame : null;
        }

        return null;
    }

    private static bool EndsInExclamationOrQuestion(AnalysisDocument document, Quotation quotation) =>
        document.Text[quotation.Span.End - 1] is '?' or '!';

    private static bool IsShortTail(AnalysisDocument document, AttributionFrame frame)
    {
        var sentence = document.Sentences[frame.Sentence];
        var words = 0;
        for (var t = Math.Max(frame.CueEndToken, frame.SourceEndToken); t < sentence.EndToken; t++)
        {
            words += document.Tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }

        return words <= MaxTailWords;
    }

    private static AttributionFrame? FrameBefore(AnalysisDocument document, Quotation quotation)
    {
        var start = document.TokenIndexAtOrAfter(quotation.Span.Start);
        if (start >= document.Tokens.Count)
        {
            return null;
        }

        var sentence = document.SentenceIndexOfToken(start);
        AttributionFrame? nearest = null;
        foreach (var frame in document.Frames)
        {
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
            var outer = document.Frames.FirstOrDefault(f => f.Sentence == sentence && f.Lemma == "say" && !f.SourceAfterCue
                && OpensItsComplement(document, f, nearest.SourceFirstToken) && SameSpeaker(document, f.Source, nearest.Source));
            return outer ?? nearest;
        }

        return nearest;
    }

    /// <summary>The token opens what the cue reports: "said she …", "said that she …", "said Friday that she …".</summary>
    private static bool OpensItsComplement(AnalysisDocument document, AttributionFrame frame, int token)
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
    /// "Ban Ki-moon condemned what he called a “brazen breach”": the pronoun in "what he called" takes up the
    /// subject of the sentence, which is the one who speaks.
    /// </summary>
    private static Source? SubjectNamingWhatItCalls(AnalysisDocument document, AttributionFrame frame)
    {
        if (!IsPronoun(document, frame) || frame.SourceFirstToken == 0 || frame.Source.Entity is null
            || document.Tokens[frame.SourceFirstToken - 1].Text != "what")
        {
            return null;
        }

        var sentence = document.Sentences[frame.Sentence];
        var from = AttributionFrameStep.MainClauseStart(document, sentence);
        var subject = document.Mentions.FirstOrDefault(m => m.FirstToken >= from && m.FirstToken < frame.SourceFirstToken
            && !document.IsQuoted(m.Span.Start));
        return subject is not null && subject.Entity == frame.Source.Entity && subject.FirstToken - from <= 4 ? document.SourceOf(subject) : null;
    }

    private static bool IsPronoun(AnalysisDocument document, AttributionFrame frame) =>
        frame.SourceEndToken - frame.SourceFirstToken == 1 && CueLexicon.Pronouns.Contains(document.Tokens[frame.SourceFirstToken].Text);

    private static bool SameSpeaker(AnalysisDocument document, Source a, Source b) =>
        a.Entity is not null ? a.Entity == b.Entity : document.TextOf(a.Mention).Equals(document.TextOf(b.Mention), StringComparison.OrdinalIgnoreCase);

    /// <summary>"“…,” the dawn of the modern conservative movement, Bozell says.": a cue later in the quote's sentence.</summary>
    private static AttributionFrame? FrameLaterInSentence(AnalysisDocument document, Quotation quotation)
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
        return document.Frames.FirstOrDefault(f => f.Sentence == sentence && f.CueToken > after && CueLexicon.IsStrong(f.Lemma)
            && (opensSentence || !document.Quotations.Any(q => q.Span.Start > quotation.Span.End && q.Span.Start < document.Tokens[f.CueToken].Start)));
    }

    /// <summary>The nearest cue in an earlier sentence of the quote's paragraph.</summary>
    private static AttributionFrame? EarlierInParagraph(AnalysisDocument document, Quotation quotation)
    {
        var paragraph = document.Paragraphs[quotation.Paragraph];
        AttributionFrame? nearest = null;
        foreach (var frame in document.Frames)
        {
            var cue = document.Tokens[frame.CueToken];
            if (cue.Start >= quotation.Span.Start)
            {
                break;
            }

            if (cue.Start >= paragraph.Start && CueLexicon.IsStrong(frame.Lemma))
            {
                nearest = frame;
            }
        }

        return nearest;
    }

    /// <summary>
    /// A quote inside a sentence that has no cue belongs to the person the sentence is about: "Carson
    /// called it a “disaster”", "he reserved his passion for “comprehensive immigration reform.”"
    /// </summary>
    private static Source? SubjectOfItsSentence(AnalysisDocument document, Quotation quotation)
    {
        var start = document.TokenIndexAtOrAfter(quotation.Span.Start);
        if (start == 0 || start >= document.Tokens.Count)
        {
            return null;
        }

        var sentence = document.Sentences[document.SentenceIndexOfToken(start)];
        if (start - 1 <= sentence.FirstToken)
        {
            return null; // the quote opens its sentence: no clause of the writer's frames it
        }

        var from = AttributionFrameStep.MainClauseStart(document, sentence);
        if (AttributionFrameStep.DescriptorSubject(document, sentence, from) is { } described && described.End < start)
        {
            return described.Source;
        }

        for (var t = from; t < Math.Min(start - 1, from + 6); t++)
        {
            var token = document.Tokens[t];
            if (document.IsQuoted(token.Start) || token.Text is "," or ";" or ":")
            {
                return null;
            }

            var mention = document.MentionStartingAt(t);
            if (mention is not null && mention.Type is not EntityType.Person && ContinuesIntoAName(document, mention))
            {
                // "Senate Minority Leader Harry Reid": an organisation in the title before the person's name.
                t = mention.EndToken - 1;
                continue;
            }

            if (mention is not null)
            {
                return mention.Type is EntityType.Person ? document.SourceOf(mention) : null;
            }

            if (token.Text is "He" or "She" or "he" or "she")
            {
                return PronounResolver.Resolve(document, t);
            }
        }

        return null;
    }

    /// <summary>
    /// "Sanders touted his record. “We need …”": a quote that is a sentence of its own, after a sentence of
    /// the same paragraph whose subject is a person, gives that person's words.
    /// </summary>
    private static Source? SubjectOfTheSentenceBefore(AnalysisDocument document, Quotation quotation)
    {
        var start = document.TokenIndexAtOrAfter(quotation.Span.Start);
        if (start == 0 || start >= document.Tokens.Count)
        {
            return null;
        }

        var index = document.SentenceIndexOfToken(start);
        if (start - 1 > document.Sentences[index].FirstToken || index == 0)
        {
            return null;
        }

        var before = document.Sentences[index - 1];
        if (document.ParagraphIndexAt(document.Tokens[before.FirstToken].Start) != quotation.Paragraph
            || document.IsQuoted(document.Tokens[before.FirstToken].Start))
        {
            return null;
        }

        var from = AttributionFrameStep.MainClauseStart(document, before);
        var first = document.Tokens[from];
        if (first.Text is "He" or "She" or "he" or "she")
        {
            return PronounResolver.Resolve(document, from);
        }

        var mention = document.MentionStartingAt(from);
        while (mention is not null && mention.Type is not EntityType.Person && ContinuesIntoAName(document, mention))
        {
            mention = document.Mentions.FirstOrDefault(m => m.FirstToken >= mention.EndToken && m.FirstToken <= mention.EndToken + 3);
        }

        return mention is { Type: EntityType.Person } ? document.SourceOf(mention) : null;
    }

    private static bool ContinuesIntoAName(AnalysisDocument document, EntityMention mention) =>
        mention.EndToken < document.Tokens.Count && document.Tokens[mention.EndToken] is { Kind: TokenKind.Word, IsCapitalized: true } next
            && !document.IsQuoted(next.Start);

}

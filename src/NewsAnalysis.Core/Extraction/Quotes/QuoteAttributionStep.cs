using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>
/// Gives each quotation its speaker, trying in order: the name signing its paragraph ("“…” ― Ana Ruiz") or the line
/// below it ("“…” ¶ - Ana Ruiz."); a transcript label opening it ("“PENCE: …"); a person named right before its colon;
/// the cue right after it in its sentence ("…", Putin said); the nearest cue before it in its sentence (He added that
/// "…"); a colon that introduces it ("Trump issued the following statement: …"); the speaker of the quote it
/// continues; the nearest cue earlier in its paragraph; the person heading its clause; the person heading the
/// sentence before it, in its paragraph or, for a quote that opens its paragraph, the last of the paragraph before
/// (decision 0023). Otherwise the speaker stays null: never a name from inside the quote. A pronoun source that
/// takes up an earlier cue's source in the sentence is named by that source (<see cref="QuoteCues.SubjectThePronounTakesUp"/>).
/// Quotation marks around a title (<see cref="QuotedTitle"/>) make no quote.
/// </summary>
public sealed class QuoteAttributionStep : IAnalysisStep
{
    public IReadOnlyList<DocumentLayer> Reads { get; } =
        [DocumentLayer.Segments, DocumentLayer.Mentions, DocumentLayer.Entities, DocumentLayer.Quotations, DocumentLayer.Frames];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.RuleQuotes];

    public void Run(AnalysisDocument document)
    {
        if (document.Tokens.Count == 0)
        {
            return;
        }

        // A quote that continues the previous one keeps its speaker as the cue named it: after "Ana Ruiz said she …
        // “…,” she said.", the next quote is the "she" of the cue, not the subject that named her.
        ExtractedQuote? previous = null;
        Quotation? previousQuotation = null;
        foreach (var quotation in document.Quotations)
        {
            if (QuotedTitle.Is(document, quotation))
            {
                continue;
            }

            var quote = Attribute(document, quotation, previous, previousQuotation, out var cueSource);
            document.RuleQuotes.Add(quote);
            previous = quote with { Speaker = cueSource ?? quote.Speaker };
            previousQuotation = quotation;
        }
    }

    /// <param name="cueSource">The source as the cue words it, when a cue gave the speaker.</param>
    private static ExtractedQuote Attribute(AnalysisDocument document, Quotation quotation, ExtractedQuote? previous, Quotation? previousQuotation, out Speaker? cueSource)
    {
        cueSource = null;
        if (LayoutSpeakers.SignedParagraph(document, quotation.Paragraph) is { } signed && signed.Dash >= quotation.Span.End)
        {
            return new ExtractedQuote(quotation.Span, null, signed.Source);
        }

        if (LayoutSpeakers.SignatureBelow(document, quotation) is { } signature)
        {
            return new ExtractedQuote(quotation.Span, null, signature);
        }

        if (LayoutSpeakers.TranscriptLabel(document, quotation) is { } label)
        {
            return new ExtractedQuote(label.Content, null, label.Source);
        }

        if (LayoutSpeakers.NamedBeforeColon(document, quotation) is { } named)
        {
            return new ExtractedQuote(quotation.Span, null, named);
        }

        var frame = QuoteCues.FrameAfter(document, quotation) ?? QuoteCues.FrameBefore(document, quotation) ?? QuoteCues.FrameLaterInSentence(document, quotation);
        if (frame is not null)
        {
            cueSource = frame.Source;
            return new ExtractedQuote(quotation.Span, frame.CueSpan(document), QuoteCues.SubjectThePronounTakesUp(document, frame) ?? frame.Source);
        }

        if (LayoutSpeakers.IntroducedByColon(document, quotation) is { } introduced)
        {
            return introduced;
        }

        if (previous?.Speaker is not null && previousQuotation is not null && Continues(document, previousQuotation, quotation))
        {
            return new ExtractedQuote(quotation.Span, previous.Cue, previous.Speaker);
        }

        if (QuoteCues.EarlierInParagraph(document, quotation) is { } earlier)
        {
            return new ExtractedQuote(quotation.Span, earlier.CueSpan(document), earlier.Source);
        }

        if (SentenceSubjects.SubjectOfItsSentence(document, quotation) is { } subject)
        {
            return new ExtractedQuote(quotation.Span, null, subject);
        }

        if (SentenceSubjects.SubjectOfTheSentenceBefore(document, quotation) is { } previousSubject)
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
}

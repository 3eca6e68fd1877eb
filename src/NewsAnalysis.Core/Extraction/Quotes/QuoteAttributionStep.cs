using NewsAnalysis.Core.Extraction.Text;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>
/// Gives each quotation its speaker: the cue right after it ("…", Putin said), else the nearest cue
/// before it in the same sentence (He added that "…"), else the speaker of the quote it continues
/// (same paragraph, or a quote reopened after a paragraph break). Otherwise the speaker stays null:
/// never a guess, never a name from inside the quote.
/// </summary>
public sealed class QuoteAttributionStep : IAnalysisStep
{
    private const int MaxGapTokens = 3;

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
            var frame = FrameAfter(document, quotation) ?? FrameBefore(document, quotation);
            ExtractedQuote quote;
            if (frame is not null)
            {
                quote = new ExtractedQuote(quotation.Span, frame.CueSpan(document), frame.Source);
            }
            else if (previous?.Speaker is not null && previousQuotation is not null && Continues(document, previousQuotation, quotation))
            {
                quote = new ExtractedQuote(quotation.Span, null, previous.Speaker);
            }
            else
            {
                quote = new ExtractedQuote(quotation.Span, null, null);
            }

            document.Quotes.Add(quote);
            previous = quote;
            previousQuotation = quotation;
        }
    }

    /// <summary>A quote carries on the previous speaker in the same paragraph, or when it reopens an unclosed quote.</summary>
    private static bool Continues(AnalysisDocument document, Quotation previous, Quotation current)
    {
        if (current.ContinuesPrevious || previous.Paragraph == current.Paragraph)
        {
            return true;
        }

        // A paragraph that is nothing but a quote, right after a paragraph that ended with the speaker's quote.
        var paragraph = document.Paragraphs[current.Paragraph];
        var previousParagraph = document.Paragraphs[previous.Paragraph];
        return previous.Paragraph == current.Paragraph - 1
            && EndsWithin(document, previous.Span.End, previousParagraph.End)
            && current.Span.Start - paragraph.Start <= 1
            && EndsWithin(document, current.Span.End, paragraph.End);
    }

    private static bool EndsWithin(AnalysisDocument document, int position, int end)
    {
        for (var i = position; i < end; i++)
        {
            if (char.IsLetterOrDigit(document.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static AttributionFrame? FrameAfter(AnalysisDocument document, Quotation quotation)
    {
        var after = document.TokenIndexAtOrAfter(quotation.Span.End);
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

            var onlyMarks = true;
            for (var t = after; t < first; t++)
            {
                var token = document.Tokens[t];
                onlyMarks &= token.Kind is TokenKind.QuotationMark || token.Text is "," or "\u2014" or "--" or "-";
            }

            return onlyMarks ? frame : null;
        }

        return null;
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

        return nearest;
    }
}

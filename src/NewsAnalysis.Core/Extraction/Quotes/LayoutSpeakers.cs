using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>
/// Speakers that the layout of the text names rather than a cue verb: a name signing a quoted paragraph
/// ("“…” ― Ana Ruiz"), a transcript label ("“PENCE: …"), and a name or an introducing clause before the
/// colon that opens a quote ("Trump issued the following statement: “…”"). Used by <see cref="QuoteAttributionStep"/>.
/// </summary>
internal static class LayoutSpeakers
{
    private const int MaxSignatureWords = 5;
    private const int MaxLabelWords = 3;

    /// <summary>Capitalised labels that head a paragraph without naming a speaker.</summary>
    private static readonly HashSet<string> NotSpeakerLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "VIDEO", "WATCH", "RELATED", "UPDATE", "NOTE", "PHOTO", "PHOTOS", "BREAKING", "EXCLUSIVE", "READ", "MORE",
        "EDITOR'S NOTE", "CORRECTION", "LISTEN", "SEE", "ALSO", "READ MORE", "SEE ALSO", "FULL TEXT", "TRANSCRIPT",
    };

    /// <summary>
    /// "“…” ― Ana Ruiz": a paragraph that opens with a quotation mark and ends with a closing one, a dash
    /// and a short name is signed by that name (vox pops, letters, epigraphs), which speaks every quote of
    /// the paragraph. A report that merely ends with its writer's name ("…," he said."--Ann Lee.") does not
    /// open with a quote.
    /// </summary>
    public static (Speaker Source, int Dash)? SignedParagraph(AnalysisDocument document, int paragraphIndex)
    {
        var paragraph = document.Paragraphs[paragraphIndex];
        var end = document.TokenIndexAtOrAfter(paragraph.End);
        var last = end - 1;
        while (last >= 0 && document.Tokens[last].Text is "." or ",")
        {
            last--;
        }

        var first = last + 1;
        while (first - 1 >= 0 && last + 1 - first < MaxSignatureWords && IsSignatureWord(document.Tokens[first - 1]))
        {
            first--;
        }

        var dash = first - 1;
        if (first > last || dash < 1 || document.Tokens[dash].Start < paragraph.Start
            || !IsDash(document.Tokens[dash])
            || document.Tokens[dash - 1].Kind != TokenKind.QuotationMark
            || document.Tokens[document.TokenIndexAtOrAfter(paragraph.Start)].Kind != TokenKind.QuotationMark)
        {
            return null;
        }

        var mention = document.MentionStartingAt(first);
        return (Signer(document, first, last, mention is not null && mention.EndToken <= last + 1 ? mention : null), document.Tokens[dash].Start);
    }

    /// <summary>
    /// "“…” ¶ – Ana Ruiz, Toledo.": a line of its own that opens with a dash and a short name signs the quote that ends
    /// the paragraph right above it. Words after a comma say where or when ("- Ana Ruiz, tweeting after the debate").
    /// </summary>
    public static Speaker? SignatureBelow(AnalysisDocument document, Quotation quotation)
    {
        var next = quotation.Paragraph + 1;
        if (next >= document.Paragraphs.Count || !OnlyMarksAfter(document, quotation))
        {
            return null;
        }

        var paragraph = document.Paragraphs[next];
        var dash = document.TokenIndexAtOrAfter(paragraph.Start);
        var end = document.TokenIndexAtOrAfter(paragraph.End);
        if (dash + 1 >= end || !IsDash(document.Tokens[dash]))
        {
            return null;
        }

        var first = dash + 1;
        var last = first;
        while (last + 1 < end && last + 1 - first < MaxSignatureWords && IsSignatureWord(document.Tokens[last + 1]))
        {
            last++;
        }

        if (!IsSignatureWord(document.Tokens[first]) || last + 1 < end && document.Tokens[last + 1].Text is not ("." or ","))
        {
            return null;
        }

        return Signer(document, first, last, document.Mentions.FirstOrDefault(m => m.FirstToken >= first && m.EndToken <= last + 1 && m.Type == EntityType.Person));
    }

    /// <summary>
    /// The speaker a signature of tokens <paramref name="first"/> to <paramref name="last"/> names: the entity of the
    /// <paramref name="mention"/> found in it, else the person the article names with its last word, else its words.
    /// </summary>
    private static Speaker Signer(AnalysisDocument document, int first, int last, EntityMention? mention)
    {
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[last].End);
        if (mention is not null)
        {
            return document.SpeakerOf(mention) with { Mention = span };
        }

        var person = document.PersonWithSurname(document.Tokens[last].Text, StringComparison.Ordinal);
        return new Speaker(span, person, person is { } p ? document.Entities[p].Name : document.TextOf(span));
    }

    private static bool IsDash(Token token) => token.Text is "\u2015" or "\u2014" or "\u2013" or "--" or "-";

    /// <summary>Nothing but closing marks and full stops follows the quotation in its paragraph.</summary>
    private static bool OnlyMarksAfter(AnalysisDocument document, Quotation quotation)
    {
        var end = document.Paragraphs[quotation.Paragraph].End;
        for (var i = quotation.Span.End; i < end; i++)
        {
            if (char.IsLetterOrDigit(document.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "“WALLACE: Let's start …": a transcript quoted whole opens with its speaker's name in capitals and a
    /// colon. The label speaks and the quote is what follows it.
    /// </summary>
    public static (Speaker Source, TextSpan Content)? TranscriptLabel(AnalysisDocument document, Quotation quotation)
    {
        var first = document.TokenIndexAtOrAfter(quotation.Span.Start);
        var colon = first;
        while (colon < document.Tokens.Count && colon - first < MaxLabelWords && IsCapitalsWord(document.Tokens[colon]))
        {
            colon++;
        }

        if (colon == first || colon + 1 >= document.Tokens.Count || document.Tokens[colon].Text != ":"
            || document.Tokens[colon + 1].Start >= quotation.Span.End)
        {
            return null;
        }

        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[colon - 1].End);
        var text = document.TextOf(span);
        if (NotSpeakerLabels.Contains(text))
        {
            return null;
        }

        var person = document.PersonWithSurname(document.Tokens[colon - 1].Text, StringComparison.OrdinalIgnoreCase);
        var content = new TextSpan(document.Tokens[colon + 1].Start, quotation.Span.End);
        return (new Speaker(span, person, person is { } p ? document.Entities[p].Name : text), content);
    }

    /// <summary>A word in capitals, as transcripts print a speaker ("PENCE", "O'ROURKE"); a single letter ("Q") names no one.</summary>
    private static bool IsCapitalsWord(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Count(char.IsLetter) >= 2 && !token.Text.Any(char.IsLower);

    private static bool IsSignatureWord(Token token) =>
        token.Kind == TokenKind.Word && token.IsCapitalized && !CueLexicon.Pronouns.Contains(token.Text);

    /// <summary>
    /// "PENCE: “…”" and "Trump issued the following statement: “…”": a colon just before the quote, in its
    /// paragraph or ending the paragraph before, hands the quote to the name before the colon, else to the
    /// subject of the introducing sentence.
    /// </summary>
    public static ExtractedQuote? IntroducedByColon(AnalysisDocument document, Quotation quotation)
    {
        var start = document.TokenIndexAtOrAfter(quotation.Span.Start);
        var colon = start - 1;
        while (colon >= 0 && document.Tokens[colon].Kind == TokenKind.QuotationMark)
        {
            colon--;
        }

        if (colon < 0 || document.Tokens[colon].Text != ":")
        {
            return null;
        }

        var colonParagraph = document.ParagraphIndexAt(document.Tokens[colon].Start);
        if (colonParagraph != quotation.Paragraph && colonParagraph != quotation.Paragraph - 1)
        {
            return null;
        }

        // The cue of the introducing clause, not one before an earlier quote ("X wrote: “…” Y posted: “…”").
        var sentence = document.Sentences[document.SentenceIndexOfToken(colon)];
        var frame = document.Frames.LastOrDefault(f => document.Sentences[f.Sentence].Equals(sentence) && f.CueToken < colon
            && !document.Quotations.Any(q => q.Span.Start > document.Tokens[f.CueToken].Start && q.Span.End < document.Tokens[colon].Start));
        if (frame is not null)
        {
            return new ExtractedQuote(quotation.Span, frame.CueSpan(document), frame.Source);
        }

        var speaker = NameBefore(document, colon) ?? FirstNamed(document, sentence, colon);
        return speaker is null ? null : new ExtractedQuote(quotation.Span, null, speaker);
    }

    /// <summary>"- Philip Bump: “…”": a person named right before the colon that opens the quote speaks, whatever cue came earlier.</summary>
    public static Speaker? NamedBeforeColon(AnalysisDocument document, Quotation quotation)
    {
        var colon = document.TokenIndexAtOrAfter(quotation.Span.Start) - 1;
        while (colon >= 0 && document.Tokens[colon].Kind == TokenKind.QuotationMark)
        {
            colon--;
        }

        if (colon < 1 || document.Tokens[colon].Text != ":" || document.ParagraphIndexAt(document.Tokens[colon].Start) != quotation.Paragraph)
        {
            return null;
        }

        // The name must head its clause: in "Diaz told Mr. Rubio: “…”" the name is the listener.
        var named = document.MentionEndingAt(colon);
        if (named is not { Type: EntityType.Person } || document.IsQuoted(named.Span.Start))
        {
            return null;
        }

        var before = named.FirstToken - 1;
        while (before >= 0 && NameLexicon.Titles.Contains(document.Tokens[before].Text))
        {
            before--;
        }

        var sentence = document.Sentences[document.SentenceIndexOfToken(named.FirstToken)];
        return before < sentence.FirstToken || document.Tokens[before].Kind != TokenKind.Word ? document.SpeakerOf(named) : null;
    }

    /// <summary>The capitalised words right before a colon, as in a transcript ("WALLACE:", "Mike Pence:").</summary>
    private static Speaker? NameBefore(AnalysisDocument document, int colon)
    {
        var mention = document.MentionEndingAt(colon);
        if (mention is not null)
        {
            return document.SpeakerOf(mention);
        }

        var first = colon;
        while (first > 0 && document.Tokens[first - 1].Kind == TokenKind.Word && document.Tokens[first - 1].IsCapitalized
            && colon - first < 4)
        {
            first--;
        }

        if (first == colon || document.SentenceIndexOfToken(first) != document.SentenceIndexOfToken(colon) || first != document.Sentences[document.SentenceIndexOfToken(colon)].FirstToken)
        {
            return null;
        }

        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[colon - 1].End);
        var text = document.TextOf(span);
        // A transcript name in any case: "PENCE" is Mike Pence.
        var person = document.PersonWithSurname(text, StringComparison.OrdinalIgnoreCase);
        return new Speaker(span, person, person is { } p ? document.Entities[p].Name : text);
    }


    private static Speaker? FirstNamed(AnalysisDocument document, Sentence sentence, int before)
    {
        foreach (var mention in document.Mentions)
        {
            if (mention.FirstToken >= sentence.FirstToken && mention.EndToken <= before
                && mention.Type is EntityType.Person or EntityType.Organization && !document.IsQuoted(mention.Span.Start))
            {
                return document.SpeakerOf(mention);
            }
        }

        return null;
    }
}

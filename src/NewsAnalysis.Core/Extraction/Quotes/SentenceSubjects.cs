using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>The person a quotation’s sentence, or the sentence before it, is about: the last speaker fallbacks.</summary>
internal static class SentenceSubjects
{
    /// <summary>
    /// A quote inside a sentence that has no cue belongs to the person the sentence is about: "Carson
    /// called it a “disaster”", "he reserved his passion for “comprehensive immigration reform.”"
    /// </summary>
    internal static Speaker? SubjectOfItsSentence(AnalysisDocument document, Quotation quotation)
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

        var from = ClauseSubjects.MainClauseStart(document, sentence);
        if (ClauseSubjects.DescriptorSubject(document, sentence, from) is { } described && described.End < start)
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
                return mention.Type is EntityType.Person ? document.SpeakerOf(mention) : null;
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
    /// the same paragraph (or the last of the paragraph before, when the quote opens its own) whose subject is a
    /// person, gives that person's words.
    /// </summary>
    internal static Speaker? SubjectOfTheSentenceBefore(AnalysisDocument document, Quotation quotation)
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

        // A paragraph that opens with the quote takes the last sentence of the paragraph before: "Valdez praised the
        // plan on Monday. ¶ “We need someone who gets things done.”"
        var before = document.Sentences[index - 1];
        var beforeParagraph = document.ParagraphIndexAt(document.Tokens[before.FirstToken].Start);
        var opensParagraph = quotation.Span.Start - document.Paragraphs[quotation.Paragraph].Start <= 2;
        if (beforeParagraph != quotation.Paragraph && !(opensParagraph && beforeParagraph == quotation.Paragraph - 1)
            || document.IsQuoted(document.Tokens[before.FirstToken].Start))
        {
            return null;
        }

        var from = ClauseSubjects.MainClauseStart(document, before);
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

        return mention is { Type: EntityType.Person } ? document.SpeakerOf(mention) : null;
    }

    internal static bool ContinuesIntoAName(AnalysisDocument document, EntityMention mention) =>
        mention.EndToken < document.Tokens.Count && document.Tokens[mention.EndToken] is { Kind: TokenKind.Word, IsCapitalized: true } next
            && !document.IsQuoted(next.Start);
}

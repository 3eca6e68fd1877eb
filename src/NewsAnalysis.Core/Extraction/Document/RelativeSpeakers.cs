using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// A relative word is never a speaker: "a United Nations resolution Wednesday that would have condemned …" is claimed
/// by the resolution. A speaker that is only "that", "which" or "who" and that no step resolved to an entity becomes the
/// noun phrase before it (from its determiner to its last word, past a day name); with no such phrase the word stays.
/// </summary>
internal static class RelativeSpeakers
{
    private const int MaxPhraseTokens = 6;

    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "who", "whom" };

    public static Speaker? Antecedent(AnalysisDocument document, Speaker? speaker)
    {
        if (speaker is null || speaker.Entity is not null || !RelativeWords.Contains(document.TextOf(speaker.Mention)))
        {
            return speaker;
        }

        var tokens = document.Tokens;
        var relative = document.TokenIndexAtOrAfter(speaker.Mention.Start);
        var sentenceStart = document.Sentences[document.SentenceIndexOfToken(relative)].FirstToken;
        var end = relative;
        if (end - 1 > sentenceStart && tokens[end - 1].Text == ",")
        {
            end--;
        }

        // "a resolution Wednesday that": the day belongs to the verb, not to the phrase.
        if (end - 1 > sentenceStart && NameLexicon.NotNames.Contains(tokens[end - 1].Text) && tokens[end - 1].Text.EndsWith("day", StringComparison.Ordinal))
        {
            end--;
        }

        for (var t = end - 1; t >= sentenceStart && t >= end - MaxPhraseTokens; t--)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word || CueLexicon.ClauseWords.Contains(token.Text) || CueLexicon.Auxiliaries.Contains(token.Text)
                || CueLexicon.Prepositions.Contains(token.Text) && token.Text != "of")
            {
                return speaker;
            }

            if (DescriptorLexicon.Determiners.Contains(token.Text) && t < end - 1)
            {
                var span = new TextSpan(token.Start, tokens[end - 1].End);
                return new Speaker(span, null, document.TextOf(span));
            }
        }

        return speaker;
    }
}

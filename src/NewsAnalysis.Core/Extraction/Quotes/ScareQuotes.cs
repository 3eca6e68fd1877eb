using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>
/// Quotation marks that set off a word or term rather than report speech ("her non-existent “sex
/// tape”", "“super PACs”"): a quote of at most three words, without a comma, question or exclamation
/// mark, that no rule, cue or claim gives a speaker. Runs after the last speaker fallback
/// (<see cref="QuoteSpeakerFromClaim"/>). On PolNeAR, dropping them raised quote precision from
/// 0.951 to 0.967 on dev (0.947 to 0.958 on train) for 0.004 (0.006) of recall; attributions F1 +0.003
/// on both. Two or four words as the limit gave the same on train.
/// </summary>
internal static class ScareQuotes
{
    private const int MaxWords = 3;

    /// <summary>Whether <paramref name="quote"/>, with its final speaker, only sets off a term.</summary>
    public static bool IsTerm(AnalysisDocument document, ExtractedQuote quote) =>
        quote.Speaker is null && quote.Cue is null && TermLength(document, quote.Span) <= MaxWords;

    /// <summary>The words of a quotation, or <see cref="int.MaxValue"/> when a comma, question or exclamation mark shows it is speech.</summary>
    private static int TermLength(AnalysisDocument document, TextSpan span)
    {
        var count = 0;
        for (var t = document.TokenIndexAtOrAfter(span.Start); t < document.Tokens.Count && document.Tokens[t].Start < span.End; t++)
        {
            var token = document.Tokens[t];
            if (token.Text is "," or "?" or "!")
            {
                return int.MaxValue;
            }

            count += token.Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return count;
    }
}

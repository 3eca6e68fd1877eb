using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Quotes;

/// <summary>
/// The final quotes, once the claims are known: a rule quote without a speaker takes one from the claims
/// (<see cref="QuoteSpeakerFromClaim"/>), then the quotation marks that only set off a term are dropped
/// (<see cref="ScareQuotes"/>), since whether a quote has a speaker decides that. Speakers, as the claims'
/// claimants, take their final form (<see cref="FinalSpeakers"/>).
/// </summary>
public sealed class QuoteCompletionStep : IAnalysisStep
{
    public IReadOnlyList<DocumentLayer> Reads { get; } =
        [DocumentLayer.Segments, DocumentLayer.Mentions, DocumentLayer.Entities, DocumentLayer.References, DocumentLayer.RuleQuotes,
            DocumentLayer.Claims, DocumentLayer.QuotedAttributions];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.Quotes];

    public void Run(AnalysisDocument document)
    {
        var speakers = new FinalSpeakers(document);
        foreach (var quote in document.RuleQuotes)
        {
            var completed = QuoteSpeakerFromClaim.Complete(document, quote);
            completed = completed with { Speaker = speakers.Finish(completed.Speaker) };
            if (!ScareQuotes.IsTerm(document, completed))
            {
                document.Quotes.Add(completed);
            }
        }
    }
}

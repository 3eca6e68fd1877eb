namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// The last look at a quote's speaker or a claim's claimant, made by the steps that write the final quotes and claims:
/// a name inside a coordinated subject becomes the subject (<see cref="CoordinatedSpeakers"/>), and a relative word
/// becomes what it refers to (<see cref="RelativeSpeakers"/>).
/// </summary>
internal sealed class FinalSpeakers(AnalysisDocument document)
{
    private readonly CoordinatedSpeakers _coordinated = new(document);

    public Speaker? Finish(Speaker? speaker) => RelativeSpeakers.Antecedent(document, _coordinated.Widen(speaker));
}

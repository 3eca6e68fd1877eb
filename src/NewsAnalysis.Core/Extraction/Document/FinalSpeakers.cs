namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// The last look at a quote's speaker or a claim's claimant, made by the steps that write the final quotes and claims:
/// a name inside a coordinated subject becomes the subject (<see cref="CoordinatedSpeakers"/>), a description the
/// coreference step resolved ("the Russian leader") becomes that person, a relative word becomes what it refers to
/// (<see cref="RelativeSpeakers"/>), and words headed by a name are that name's entity (<see cref="HeadedSpeakers"/>).
/// </summary>
internal sealed class FinalSpeakers(AnalysisDocument document)
{
    private readonly CoordinatedSpeakers _coordinated = new(document);

    public Speaker? Finish(Speaker? speaker) =>
        HeadedSpeakers.Named(document, RelativeSpeakers.Antecedent(document, Described(_coordinated.Widen(speaker))));

    /// <summary>An unresolved speaker whose words end with a resolved description is the person described.</summary>
    private Speaker? Described(Speaker? speaker)
    {
        if (speaker is not { Entity: null, Members: null })
        {
            return speaker;
        }

        var last = document.TokenIndexAtOrAfter(speaker.Mention.End) - 1;
        return last >= 0 && document.ReferenceAt(last) is { Kind: ReferenceKind.Description, Entity: { } entity } reference
            && speaker.Mention.Contains(reference.Span)
            ? speaker with { Entity = entity, Name = document.Entities[entity].Name }
            : speaker;
    }
}

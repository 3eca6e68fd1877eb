namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>Where <see cref="ClaimExtractionStep"/> takes its reported-speech claims from.</summary>
public enum ReportedSpeechMode
{
    /// <summary>The rule-based attribution frames (cue verbs with their sources).</summary>
    Rules,

    /// <summary>The attribution tagger's cues, sources and contents.</summary>
    Tagger,

    /// <summary>The tagger's claims, then the rules' claims that no tagger claim already covers.</summary>
    Union,
}

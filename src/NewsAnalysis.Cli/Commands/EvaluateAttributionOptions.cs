using NewsAnalysis.Core.Extraction.Claims;

namespace NewsAnalysis.Cli.Commands;

/// <summary>Options of `evaluate-attribution`.</summary>
internal sealed record EvaluateAttributionOptions
{
    public string Data { get; init; } = Path.Combine("..", "shared", "eval", "polnear");

    public IReadOnlyList<string> Splits { get; init; } = ["dev"];

    public string? Article { get; init; }

    public int? ShowErrors { get; init; }

    /// <summary>Where reported-speech claims come from; null for the default pipeline's choice.</summary>
    public ReportedSpeechMode? Claims { get; init; }

    /// <summary>Whether the claim content chooser redraws and drops claims, as in the default pipeline.</summary>
    public bool UseChooser { get; init; } = true;

    /// <summary>Whether entities are found in the recogniser's accurate mode, as when Extraction:SentenceEncoder is on.</summary>
    public bool AccurateEntities { get; init; }
}

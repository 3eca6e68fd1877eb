namespace NewsAnalysis.Core.Analysis;

/// <summary>How two claims about the same thing disagree.</summary>
public enum DisagreementKind
{
    /// <summary>The same unit with values that cannot both be true ("89 people" vs "20 people").</summary>
    Numbers,

    /// <summary>One claimant asserts what another denies or negates ("denied" vs "said").</summary>
    Polarity,
}

namespace NewsAnalysis.Core.Domain;

/// <summary>
/// A change a user made to what the analysis found: which kind, what it touched, and what was there before and after.
/// Corrections change the stored rows themselves, so every query shows them at once; this record is their history.
/// The ids are plain numbers, not foreign keys: the entity a merge deleted, or an article deleted since, leaves the
/// record as it was.
/// </summary>
public sealed class Correction
{
    /// <summary>The longest <see cref="Before"/> or <see cref="After"/>; also the column size.</summary>
    public const int MaxStateLength = 2000;

    public int Id { get; set; }

    public CorrectionKind Kind { get; set; }

    /// <summary>
    /// The entity corrected: the one merged away, renamed, retyped or split, or the one a quote or claim was given
    /// (for a cleared speaker or claimant, the one it had).
    /// </summary>
    public int? EntityId { get; set; }

    /// <summary>The entity that received what moved: a merge's target, a split's entity of the alias.</summary>
    public int? TargetEntityId { get; set; }

    public int? QuoteId { get; set; }

    public int? ClaimId { get; set; }

    /// <summary>What the correction changed, as it was before: a short JSON object.</summary>
    public string? Before { get; set; }

    /// <summary>What the correction changed, as it is after: a short JSON object.</summary>
    public string? After { get; set; }

    public DateTime CreatedAt { get; set; }
}

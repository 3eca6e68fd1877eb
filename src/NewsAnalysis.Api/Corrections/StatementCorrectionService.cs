using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Entities;
using NewsAnalysis.Api.Statements;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Corrections;

/// <summary>
/// Users' corrections of who said a quote or made a claim. Setting one keeps the words the text names them with (the
/// span), if any; clearing one removes the entity, its name and the span, so the statement reads as unattributed. The
/// correction keeps what there was.
/// </summary>
public sealed class StatementCorrectionService(
    NewsDbContext db,
    CorrectionTransaction transaction,
    StatementQueryService statements,
    TimeProvider clock,
    ILogger<StatementCorrectionService> logger)
{
    public async Task<CorrectionOutcome<QuoteCorrectionResponse>> SetSpeakerAsync(int quoteId, AttributionRequest request, CancellationToken cancellationToken)
    {
        var outcome = await transaction.RunAsync(ct => ApplyToQuoteAsync(quoteId, request.EntityId, ct), cancellationToken);
        return await outcome.ThenAsync(applied => QuoteResponseAsync(applied, cancellationToken));
    }

    public async Task<CorrectionOutcome<QuoteCorrectionResponse>> ClearSpeakerAsync(int quoteId, CancellationToken cancellationToken)
    {
        var outcome = await transaction.RunAsync(ct => ApplyToQuoteAsync(quoteId, null, ct), cancellationToken);
        return await outcome.ThenAsync(applied => QuoteResponseAsync(applied, cancellationToken));
    }

    public async Task<CorrectionOutcome<ClaimCorrectionResponse>> SetClaimantAsync(int claimId, AttributionRequest request, CancellationToken cancellationToken)
    {
        var outcome = await transaction.RunAsync(ct => ApplyToClaimAsync(claimId, request.EntityId, ct), cancellationToken);
        return await outcome.ThenAsync(applied => ClaimResponseAsync(applied, cancellationToken));
    }

    public async Task<CorrectionOutcome<ClaimCorrectionResponse>> ClearClaimantAsync(int claimId, CancellationToken cancellationToken)
    {
        var outcome = await transaction.RunAsync(ct => ApplyToClaimAsync(claimId, null, ct), cancellationToken);
        return await outcome.ThenAsync(applied => ClaimResponseAsync(applied, cancellationToken));
    }

    private async Task<CorrectionOutcome<AppliedCorrection>> ApplyToQuoteAsync(int quoteId, int? entityId, CancellationToken cancellationToken)
    {
        if (await RowLocks.QuoteAsync(db, quoteId, cancellationToken) is not { } quote)
        {
            return CorrectionOutcome<AppliedCorrection>.NotFound("Quote not found.", $"No quote has id {quoteId}.");
        }

        var before = new Attribution(quote.SpeakerEntityId, quote.SpeakerName, quote.SpeakerStart, quote.SpeakerEnd, quote.SpeakerIsGroup);
        var outcome = await ApplyAsync(
            before,
            entityId,
            entityId is null ? CorrectionKind.ClearSpeaker : CorrectionKind.SetSpeaker,
            quote.ArticleId,
            correction => correction.QuoteId = quote.Id,
            after => (quote.SpeakerEntityId, quote.SpeakerName, quote.SpeakerStart, quote.SpeakerEnd, quote.SpeakerIsGroup) = after,
            cancellationToken);
        return await outcome.ThenAsync(correction => Task.FromResult(CorrectionOutcome<AppliedCorrection>.Applied(new(correction, quote.Id))));
    }

    private async Task<CorrectionOutcome<AppliedCorrection>> ApplyToClaimAsync(int claimId, int? entityId, CancellationToken cancellationToken)
    {
        if (await RowLocks.ClaimAsync(db, claimId, cancellationToken) is not { } claim)
        {
            return CorrectionOutcome<AppliedCorrection>.NotFound("Claim not found.", $"No claim has id {claimId}.");
        }

        var before = new Attribution(claim.ClaimantEntityId, claim.ClaimantName, claim.ClaimantStart, claim.ClaimantEnd, claim.ClaimantIsGroup);
        var outcome = await ApplyAsync(
            before,
            entityId,
            entityId is null ? CorrectionKind.ClearClaimant : CorrectionKind.SetClaimant,
            claim.ArticleId,
            correction => correction.ClaimId = claim.Id,
            after => (claim.ClaimantEntityId, claim.ClaimantName, claim.ClaimantStart, claim.ClaimantEnd, claim.ClaimantIsGroup) = after,
            cancellationToken);
        return await outcome.ThenAsync(correction => Task.FromResult(CorrectionOutcome<AppliedCorrection>.Applied(new(correction, claim.Id))));
    }

    /// <summary>
    /// Gives the statement the entity (its span kept), or with none clears it whole; records the correction unless the
    /// statement already read so. The result is the correction, null when nothing changed.
    /// </summary>
    private async Task<CorrectionOutcome<Correction?>> ApplyAsync(
        Attribution before,
        int? entityId,
        CorrectionKind kind,
        int articleId,
        Action<Correction> identify,
        Action<Attribution> write,
        CancellationToken cancellationToken)
    {
        Attribution after;
        if (entityId is { } id)
        {
            if (await db.Entities.AsNoTracking().Where(e => e.Id == id).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken) is not { } name)
            {
                return CorrectionOutcome<Correction?>.NotFound("Entity not found.", $"No entity has id {id}.");
            }

            after = before with { EntityId = id, Name = name, Group = false };
        }
        else
        {
            after = new Attribution(null, null, null, null, false);
        }

        if (after == before)
        {
            return CorrectionOutcome<Correction?>.Applied(null);
        }

        var correction = new Correction
        {
            Kind = kind,
            EntityId = entityId ?? before.EntityId,
            Before = CorrectionJson.Of(before),
            After = CorrectionJson.Of(after),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        identify(correction);
        db.Corrections.Add(correction);
        write(after);
        await db.SaveChangesAsync(cancellationToken);

        // The entities whose quote or claim count changes: the one it had, the one it has, and those named in a
        // coordinated subject it had.
        var recount = new List<int>();
        recount.AddRange(new[] { before.EntityId, after.EntityId }.OfType<int>());
        if (before.Group && before.Start is { } start && before.End is { } end)
        {
            recount.AddRange(await db.Mentions
                .Where(m => m.ArticleId == articleId && m.Kind == MentionKind.Name && m.Start >= start && m.End <= end)
                .Select(m => m.EntityId)
                .ToListAsync(cancellationToken));
        }

        await EntityCounts.RecountAsync(db, recount, cancellationToken);
        logger.LogInformation(
            "Correction {CorrectionId}: {Kind} of quote {QuoteId} / claim {ClaimId}, entity {EntityId}",
            correction.Id, kind, correction.QuoteId, correction.ClaimId, correction.EntityId);
        return CorrectionOutcome<Correction?>.Applied(correction);
    }

    private async Task<CorrectionOutcome<QuoteCorrectionResponse>> QuoteResponseAsync(AppliedCorrection applied, CancellationToken cancellationToken) =>
        await statements.GetQuoteAsync(applied.Id, cancellationToken) is { } quote
            ? CorrectionOutcome<QuoteCorrectionResponse>.Applied(new(applied.Correction is null ? null : CorrectionResponse.Of(applied.Correction), quote))
            : CorrectionOutcome<QuoteCorrectionResponse>.NotFound("Quote not found.", $"Quote {applied.Id} was deleted meanwhile.");

    private async Task<CorrectionOutcome<ClaimCorrectionResponse>> ClaimResponseAsync(AppliedCorrection applied, CancellationToken cancellationToken) =>
        await statements.GetClaimAsync(applied.Id, cancellationToken) is { } claim
            ? CorrectionOutcome<ClaimCorrectionResponse>.Applied(new(applied.Correction is null ? null : CorrectionResponse.Of(applied.Correction), claim))
            : CorrectionOutcome<ClaimCorrectionResponse>.NotFound("Claim not found.", $"Claim {applied.Id} was deleted meanwhile.");

    /// <summary>
    /// Who a statement is attributed to, as stored: entity, denormalised name, the words naming them, and whether those
    /// words are a coordinated subject (a user's speaker is one entity, so a correction ends the group).
    /// </summary>
    private sealed record Attribution(int? EntityId, string? Name, int? Start, int? End, bool Group);
}

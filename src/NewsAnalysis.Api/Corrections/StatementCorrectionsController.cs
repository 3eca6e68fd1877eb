using Microsoft.AspNetCore.Mvc;

namespace NewsAnalysis.Api.Corrections;

/// <summary>Users' corrections of who said a quote and who made a claim, under <c>api/quotes</c> and <c>api/claims</c>.</summary>
[ApiController]
[Route("api")]
[Tags("Corrections")]
public sealed class StatementCorrectionsController(StatementCorrectionService corrections) : ControllerBase
{
    /// <summary>Sets who said the quote.</summary>
    /// <remarks>
    /// The quote's speaker becomes the entity, with its name; the words the text names the speaker with stay marked as
    /// they were. A quote whose text names nobody answers its speaker with <c>mention</c> null.
    /// </remarks>
    [HttpPut("quotes/{id:int}/speaker")]
    [Consumes("application/json")]
    [ProducesResponseType<QuoteCorrectionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<QuoteCorrectionResponse>> SetSpeakerAsync(int id, AttributionRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await corrections.SetSpeakerAsync(id, request, cancellationToken));

    /// <summary>Removes the quote's speaker: the quote reads as unattributed.</summary>
    /// <remarks>The entity, the name and the marked words all go; the correction keeps them in <c>before</c>.</remarks>
    [HttpDelete("quotes/{id:int}/speaker")]
    [ProducesResponseType<QuoteCorrectionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<QuoteCorrectionResponse>> ClearSpeakerAsync(int id, CancellationToken cancellationToken) =>
        this.ToActionResult(await corrections.ClearSpeakerAsync(id, cancellationToken));

    /// <summary>Sets who made the claim.</summary>
    /// <remarks>
    /// The claim's claimant becomes the entity, with its name; the words the text names the claimant with stay marked as
    /// they were. A claim whose text names nobody answers its claimant with <c>mention</c> null.
    /// </remarks>
    [HttpPut("claims/{id:int}/claimant")]
    [Consumes("application/json")]
    [ProducesResponseType<ClaimCorrectionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ClaimCorrectionResponse>> SetClaimantAsync(int id, AttributionRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await corrections.SetClaimantAsync(id, request, cancellationToken));

    /// <summary>Removes the claim's claimant: the claim reads as unattributed.</summary>
    /// <remarks>The entity, the name and the marked words all go; the correction keeps them in <c>before</c>.</remarks>
    [HttpDelete("claims/{id:int}/claimant")]
    [ProducesResponseType<ClaimCorrectionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ClaimCorrectionResponse>> ClearClaimantAsync(int id, CancellationToken cancellationToken) =>
        this.ToActionResult(await corrections.ClearClaimantAsync(id, cancellationToken));
}

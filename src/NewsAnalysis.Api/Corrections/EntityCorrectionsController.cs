using Microsoft.AspNetCore.Mvc;

namespace NewsAnalysis.Api.Corrections;

/// <summary>Users' corrections of entities, under <c>api/entities</c> beside the reads.</summary>
[ApiController]
[Route("api/entities")]
[Tags("Corrections")]
public sealed class EntityCorrectionsController(EntityCorrectionService corrections) : ControllerBase
{
    /// <summary>Merges the entity into another: one person or body the analysis kept apart.</summary>
    /// <remarks>
    /// Every mention, quote, claim and entity link of entity <c>id</c> moves to entity <c>into</c> (quotes and claims take its
    /// name) and entity <c>id</c> is deleted. Its name and type are linked to the target, so later articles that write them
    /// join it. Answers the target entity with the stored correction; 404 when either id is unknown, 409 when they are one.
    /// </remarks>
    [HttpPost("{id:int}/merge")]
    [Consumes("application/json")]
    [ProducesResponseType<EntityCorrectionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<EntityCorrectionResponse>> MergeAsync(int id, MergeEntityRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await corrections.MergeAsync(id, request, cancellationToken));

    /// <summary>Renames the entity, changes its type, or both.</summary>
    /// <remarks>
    /// Quotes and claims of the entity take the new name. The old name and type stay linked to the entity, so later
    /// articles that write them still join it. When another entity already has the new name and type the answer is 409
    /// with that entity's id in <c>existingEntityId</c>: merge into it instead. A request that changes nothing answers 200
    /// with <c>correction</c> null.
    /// </remarks>
    [HttpPatch("{id:int}")]
    [Consumes("application/json")]
    [ProducesResponseType<EntityCorrectionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<EntityCorrectionResponse>> UpdateAsync(int id, UpdateEntityRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await corrections.UpdateAsync(id, request, cancellationToken));

    /// <summary>Splits an alias off the entity: "Obama" is not Barack Obama in these articles.</summary>
    /// <remarks>
    /// The entity's name mentions written exactly as <c>alias</c> move to the entity of that name and the entity's type,
    /// which is created when there is none, with the quotes and claims whose speaker those words are. The alias is linked
    /// to that entity instead, so later articles that write it join the new entity. Answers the entity of the alias; 409
    /// when the alias is the entity's own name or no article names the entity so.
    /// </remarks>
    [HttpPost("{id:int}/split")]
    [Consumes("application/json")]
    [ProducesResponseType<EntityCorrectionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<EntityCorrectionResponse>> SplitAsync(int id, SplitEntityRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await corrections.SplitAsync(id, request, cancellationToken));
}

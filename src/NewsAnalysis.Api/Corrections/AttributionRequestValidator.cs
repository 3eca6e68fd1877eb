using FluentValidation;

namespace NewsAnalysis.Api.Corrections;

public sealed class AttributionRequestValidator : AbstractValidator<AttributionRequest>
{
    public AttributionRequestValidator() =>
        RuleFor(r => r.EntityId).NotNull().WithMessage("'entityId' is required: the id of the entity who said or claimed it.");
}

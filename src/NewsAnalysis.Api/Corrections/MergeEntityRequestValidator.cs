using FluentValidation;

namespace NewsAnalysis.Api.Corrections;

public sealed class MergeEntityRequestValidator : AbstractValidator<MergeEntityRequest>
{
    public MergeEntityRequestValidator() =>
        RuleFor(r => r.Into).NotNull().WithMessage("'into' is required: the id of the entity to merge into.");
}

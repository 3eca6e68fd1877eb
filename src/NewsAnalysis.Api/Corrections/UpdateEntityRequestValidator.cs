using FluentValidation;

namespace NewsAnalysis.Api.Corrections;

public sealed class UpdateEntityRequestValidator : AbstractValidator<UpdateEntityRequest>
{
    public UpdateEntityRequestValidator()
    {
        RuleFor(r => r.Name).NotNull().When(r => r.Type is null).WithMessage("Give 'name', 'type' or both.");
        RuleFor(r => r.Name).MustBeEntityName().When(r => r.Name is not null);
        RuleFor(r => r.Type).MustBeEntityType();
    }
}

using FluentValidation;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Corrections;

public sealed class SplitEntityRequestValidator : AbstractValidator<SplitEntityRequest>
{
    public SplitEntityRequestValidator() =>
        RuleFor(r => r.Alias).NotEmpty().MaximumLength(Entity.MaxNameLength);
}

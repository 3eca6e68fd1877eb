using FluentValidation;
using NewsAnalysis.Api.Contracts;

namespace NewsAnalysis.Api.Validation;

public sealed class EntityStatementsQueryValidator : AbstractValidator<EntityStatementsQuery>
{
    public EntityStatementsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Entities;

public sealed class EntityStatementsQueryValidator : AbstractValidator<EntityStatementsQuery>
{
    public EntityStatementsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

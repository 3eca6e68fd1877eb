using FluentValidation;
using NewsAnalysis.Api.Contracts;

namespace NewsAnalysis.Api.Validation;

public sealed class QuoteListQueryValidator : AbstractValidator<QuoteListQuery>
{
    public QuoteListQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

public sealed class QuoteListQueryValidator : AbstractValidator<QuoteListQuery>
{
    public QuoteListQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

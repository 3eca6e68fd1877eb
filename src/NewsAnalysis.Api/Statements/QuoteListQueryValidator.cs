using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

public sealed class QuoteListQueryValidator : AbstractValidator<QuoteListQuery>
{
    public QuoteListQueryValidator()
    {
        this.AddPagingRules();
        this.AddFormatRule();
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Source).MaximumLength(200);
        RuleFor(q => q.Speaker).MaximumLength(200);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'To' must be later than 'From'.");
    }
}

using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

public sealed class ClaimListQueryValidator : AbstractValidator<ClaimListQuery>
{
    public ClaimListQueryValidator()
    {
        this.AddPagingRules();
        this.AddFormatRule();
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Source).MaximumLength(200);
        RuleFor(q => q.Claimant).MaximumLength(200);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'To' must be later than 'From'.");
        RuleFor(q => q.MinCheckWorthiness).InclusiveBetween(0, 1).When(q => q.MinCheckWorthiness is not null);
        RuleFor(q => q.Sort).Must(s => s is "position" or "checkworthiness").When(q => q.Sort is not null)
            .WithMessage("'Sort' must be 'position' or 'checkworthiness'.");
    }
}

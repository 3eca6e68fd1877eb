using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Statements;

public sealed class ClaimDisagreementQueryValidator : AbstractValidator<ClaimDisagreementQuery>
{
    public ClaimDisagreementQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Q).NotEmpty().WithMessage("'Q' is required: the words the claims are about, e.g. 'Syria strike'.")
            .MaximumLength(200);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'To' must be later than 'From'.");
    }
}

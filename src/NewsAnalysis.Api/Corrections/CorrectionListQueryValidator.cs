using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Corrections;

public sealed class CorrectionListQueryValidator : AbstractValidator<CorrectionListQuery>
{
    public CorrectionListQueryValidator() => this.AddPagingRules();
}

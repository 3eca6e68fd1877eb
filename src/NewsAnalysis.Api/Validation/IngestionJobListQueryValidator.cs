using FluentValidation;
using NewsAnalysis.Api.Contracts;
using NewsAnalysis.Api.Services;

namespace NewsAnalysis.Api.Validation;

public sealed class IngestionJobListQueryValidator : AbstractValidator<IngestionJobListQuery>
{
    public IngestionJobListQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).Must(s => IngestionJobStatus.All.Contains(s, StringComparer.OrdinalIgnoreCase))
            .When(q => q.Status is not null)
            .WithMessage($"'Status' must be one of {string.Join(", ", IngestionJobStatus.All)}.");
    }
}

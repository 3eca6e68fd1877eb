using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Ingestion;

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

using FluentValidation;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// Checks the envelope only: the articles inside are validated one by one when the job is created, so
/// one bad article is reported on its item instead of rejecting the other 999.
/// </summary>
public sealed class CreateArticleBatchRequestValidator : AbstractValidator<CreateArticleBatchRequest>
{
    public const int MaxArticles = 1_000;

    public CreateArticleBatchRequestValidator()
    {
        RuleFor(r => r.Articles).NotEmpty().WithMessage("'Articles' must hold at least one article.");
        RuleFor(r => r.Articles!.Count).LessThanOrEqualTo(MaxArticles).When(r => r.Articles is not null)
            .OverridePropertyName(nameof(CreateArticleBatchRequest.Articles))
            .WithMessage($"'Articles' must hold at most {MaxArticles:N0} articles.");
    }
}

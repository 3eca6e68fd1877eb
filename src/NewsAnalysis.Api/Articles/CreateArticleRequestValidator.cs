using FluentValidation;
using NewsAnalysis.Infrastructure.Configurations;

namespace NewsAnalysis.Api.Articles;

public sealed class CreateArticleRequestValidator : AbstractValidator<CreateArticleRequest>
{
    public const int MaxBodyLength = 500_000;

    public CreateArticleRequestValidator()
    {
        // NotEmpty also rejects whitespace-only strings.
        RuleFor(r => r.Title).NotEmpty().MaximumLength(ArticleConfiguration.MaxTitleLength);
        RuleFor(r => r.Body).NotEmpty().MaximumLength(MaxBodyLength);
        RuleFor(r => r.Url).MaximumLength(ArticleConfiguration.MaxUrlLength)
            .Must(BeAbsoluteHttpUrl).When(r => r.Url is not null)
            .WithMessage("'Url' must be an absolute http or https address.");
        RuleFor(r => r.Source).MaximumLength(ArticleConfiguration.MaxSourceLength);
        RuleFor(r => r.Author).MaximumLength(ArticleConfiguration.MaxAuthorLength);
    }

    private static bool BeAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);
}

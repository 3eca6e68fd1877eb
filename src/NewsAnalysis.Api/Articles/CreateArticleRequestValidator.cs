using FluentValidation;
using NewsAnalysis.Api.Fetching;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Articles;

public sealed class CreateArticleRequestValidator : AbstractValidator<CreateArticleRequest>
{
    public CreateArticleRequestValidator()
    {
        // NotEmpty also rejects whitespace-only strings. A url alone is fetched: the page gives the title and body.
        RuleFor(r => r.Title).NotEmpty().Unless(ArticlePageReader.IsUrlAlone).MaximumLength(ArticleLimits.MaxTitleLength);
        RuleFor(r => r.Body).NotEmpty().Unless(ArticlePageReader.IsUrlAlone).MaximumLength(ArticleLimits.MaxBodyLength);
        RuleFor(r => r.Url).MaximumLength(ArticleLimits.MaxUrlLength)
            .Must(BeAbsoluteHttpUrl).When(r => r.Url is not null)
            .WithMessage("'Url' must be an absolute http or https address.");
        RuleFor(r => r.Source).MaximumLength(ArticleLimits.MaxSourceLength);
        RuleFor(r => r.Author).MaximumLength(ArticleLimits.MaxAuthorLength);
    }

    private static bool BeAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);
}

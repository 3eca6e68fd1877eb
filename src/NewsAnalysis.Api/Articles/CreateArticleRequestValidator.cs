using FluentValidation;
using NewsAnalysis.Api.Fetching;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Articles;

public sealed class CreateArticleRequestValidator : AbstractValidator<CreateArticleRequest>
{
    /// <summary>The longest page <c>html</c> may carry: the size of a long article's page with its scripts and styles.</summary>
    public const int MaxHtmlLength = 5_000_000;

    public CreateArticleRequestValidator()
    {
        // NotEmpty also rejects whitespace-only strings. With html, or a url alone, the page gives the title and body.
        RuleFor(r => r.Title).NotEmpty().When(r => r.Html is null).Unless(UrlPageReader.IsUrlAlone);
        RuleFor(r => r.Title).MaximumLength(ArticleLimits.MaxTitleLength);
        RuleFor(r => r.Body).NotEmpty().When(r => r.Html is null).Unless(UrlPageReader.IsUrlAlone)
            .WithMessage("'Body' must not be empty (or give the page as 'Html', or a 'Url' alone to fetch it).");
        RuleFor(r => r.Body).MaximumLength(ArticleLimits.MaxBodyLength);
        RuleFor(r => r.Html).NotEmpty().When(r => r.Html is not null)
            .MaximumLength(MaxHtmlLength).WithMessage($"'Html' must be at most {MaxHtmlLength:N0} characters.");
        RuleFor(r => r.Body).Null().When(r => r.Html is not null).WithMessage("Give either 'Body' or 'Html', not both.");
        RuleFor(r => r.Html).Null().When(r => r.Body is not null).WithMessage("Give either 'Body' or 'Html', not both.");
        RuleFor(r => r.Url).MaximumLength(ArticleLimits.MaxUrlLength)
            .Must(IsAbsoluteHttpUrl).When(r => r.Url is not null)
            .WithMessage("'Url' must be an absolute http or https address.");
        RuleFor(r => r.Source).MaximumLength(ArticleLimits.MaxSourceLength);
        RuleFor(r => r.Author).MaximumLength(ArticleLimits.MaxAuthorLength);
    }

    /// <summary>True for an absolute http(s) address with a host.</summary>
    public static bool IsAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);
}

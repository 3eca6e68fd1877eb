using FluentValidation;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Feeds;

public sealed class SubscribeFeedRequestValidator : AbstractValidator<SubscribeFeedRequest>
{
    public SubscribeFeedRequestValidator()
    {
        RuleFor(r => r.Url).NotEmpty().MaximumLength(FeedLimits.MaxUrlLength);
        RuleFor(r => r.Url).Must(BeAbsoluteHttpUrl).When(r => !string.IsNullOrWhiteSpace(r.Url))
            .WithMessage("'Url' must be an absolute http or https address.");
        RuleFor(r => r.PollMinutes).InclusiveBetween(FeedLimits.MinPollMinutes, FeedLimits.MaxPollMinutes).When(r => r.PollMinutes is not null);
    }

    private static bool BeAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host);
}

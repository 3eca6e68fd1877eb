using FluentValidation;
using NewsAnalysis.Api.Common;

namespace NewsAnalysis.Api.Feeds;

public sealed class FeedListQueryValidator : AbstractValidator<FeedListQuery>
{
    public FeedListQueryValidator() => this.AddPagingRules();
}

using FluentValidation;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Entities;

public sealed class EntityListQueryValidator : AbstractValidator<EntityListQuery>
{
    public EntityListQueryValidator()
    {
        this.AddPagingRules();
        this.AddFormatRule();
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Type).Must(t => Enum.TryParse<EntityType>(t, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            .When(q => q.Type is not null)
            .WithMessage("'Type' must be one of Person, Organization, Location, Misc.");
        RuleFor(q => q.Sort).Must(s => s is "mentions" or "name").When(q => q.Sort is not null)
            .WithMessage("'Sort' must be 'mentions' or 'name'.");
    }
}

using FluentValidation;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Stats;

/// <summary>The rules of the selection every aggregate shares.</summary>
internal static class StatsQueryRules
{
    public static void AddSelectionRules<T>(this AbstractValidator<T> validator)
        where T : StatsQuery
    {
        validator.RuleFor(q => q.Source).MaximumLength(200);
        validator.RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'To' must be later than 'From'.");
    }
}

public sealed class StatsQueryValidator : AbstractValidator<StatsQuery>
{
    public StatsQueryValidator() => this.AddSelectionRules();
}

public sealed class TimelineQueryValidator : AbstractValidator<TimelineQuery>
{
    public TimelineQueryValidator()
    {
        this.AddSelectionRules();
        RuleFor(q => q.Kind).Must(k => k is "quotes" or "claims").When(q => q.Kind is not null)
            .WithMessage("'Kind' must be 'quotes' or 'claims'.");
        RuleFor(q => q.Interval).Must(i => i is "week" or "month").When(q => q.Interval is not null)
            .WithMessage("'Interval' must be 'week' or 'month'.");
    }
}

public sealed class TopSpeakersQueryValidator : AbstractValidator<TopSpeakersQuery>
{
    public TopSpeakersQueryValidator()
    {
        this.AddSelectionRules();
        RuleFor(q => q.Limit).InclusiveBetween(1, 50);
        RuleFor(q => q.Type).Must(t => Enum.TryParse<EntityType>(t, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            .When(q => q.Type is not null)
            .WithMessage("'Type' must be one of Person, Organization, Location, Misc.");
    }
}

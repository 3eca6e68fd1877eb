using FluentValidation;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Corrections;

/// <summary>What a name or a type a user gives an entity must be, and how the name is stored.</summary>
internal static class EntityNameRules
{
    public static IRuleBuilderOptions<T, string?> MustBeEntityName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .MaximumLength(Entity.MaxNameLength)
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("'{PropertyName}' must not contain control characters such as line breaks.");

    public static IRuleBuilderOptions<T, string?> MustBeEntityType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(type => type is null || Enum.GetNames<EntityType>().Contains(type, StringComparer.OrdinalIgnoreCase))
            .WithMessage("'{PropertyName}' must be one of Person, Organization, Location, Misc.");

    /// <summary>The name with single spaces between its words, as the entity step writes names.</summary>
    public static string Tidy(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static EntityType ParseType(string type) => Enum.Parse<EntityType>(type, ignoreCase: true);
}

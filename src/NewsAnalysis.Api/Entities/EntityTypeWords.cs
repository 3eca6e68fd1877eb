using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Entities;

/// <summary>How the reasons of entity links and corrections name a type in words.</summary>
internal static class EntityTypeWords
{
    /// <summary>"a person", "an organisation", "a place", "a miscellaneous name".</summary>
    public static string Described(EntityType type) => type switch
    {
        EntityType.Person => "a person",
        EntityType.Organization => "an organisation",
        EntityType.Location => "a place",
        _ => "a miscellaneous name",
    };
}

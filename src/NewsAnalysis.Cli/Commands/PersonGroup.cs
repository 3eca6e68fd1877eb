using NewsAnalysis.Api.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// One person as <c>audit-who</c> sees it: every entity whose name is theirs, whatever its type. The person is held
/// together when one Person entity has at least 95% of the group's mentions.
/// </summary>
internal sealed record PersonGroup(IReadOnlyList<EntitySummaryResponse> Entities)
{
    public const int HeldPercent = 95;

    /// <summary>The Person entity with the most mentions (on a tie, the lower id); every group has one.</summary>
    public EntitySummaryResponse Largest { get; } = Entities
        .Where(e => e.Type == PersonGrouper.PersonType)
        .OrderByDescending(e => e.MentionCount)
        .ThenBy(e => e.Id)
        .First();

    public int MentionCount => Entities.Sum(e => e.MentionCount);

    /// <summary>The largest Person entity's share of the group's mentions, 0 to 1.</summary>
    public double Share => MentionCount == 0 ? 1 : (double)Largest.MentionCount / MentionCount;

    /// <summary>Compared in whole numbers, so 19 of 20 mentions is exactly 95%.</summary>
    public bool IsHeldTogether => Largest.MentionCount * 100 >= HeldPercent * MentionCount;

    /// <summary>The distinct articles are at least the most any one entity appears in...</summary>
    public int ArticleCountAtLeast => Entities.Max(e => e.ArticleCount);

    /// <summary>... and at most the sum over the entities, when no two share an article.</summary>
    public int ArticleCountAtMost => Entities.Sum(e => e.ArticleCount);
}

using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Statements;

/// <summary>
/// The members of coordinated speakers: the entities named between a group speaker's start and end. Read once for a
/// page of statements, from the name mentions of only the articles that have a group among them.
/// </summary>
internal sealed class SpeakerGroups
{
    private readonly ILookup<int, (int Start, int End, int EntityId, string Name)> _names;

    private SpeakerGroups(ILookup<int, (int Start, int End, int EntityId, string Name)> names) => _names = names;

    public static async Task<SpeakerGroups> LoadAsync(NewsDbContext db, IEnumerable<int> articlesWithGroups, CancellationToken cancellationToken)
    {
        var ids = articlesWithGroups.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new SpeakerGroups(Array.Empty<(int, int, int, string)>().ToLookup(_ => 0));
        }

        var rows = await db.Mentions.AsNoTracking()
            .Where(m => ids.Contains(m.ArticleId) && m.Kind == MentionKind.Name)
            .Select(m => new { m.ArticleId, m.Start, m.End, m.EntityId, m.Entity!.Name })
            .ToListAsync(cancellationToken);
        return new SpeakerGroups(rows.OrderBy(r => r.Start).ToLookup(r => r.ArticleId, r => (r.Start, r.End, r.EntityId, r.Name)));
    }

    /// <summary>The entities named inside the span, once each, in text order.</summary>
    public IReadOnlyList<SpeakerMemberResponse> MembersOf(int articleId, int? start, int? end) =>
        start is null || end is null
            ? []
            : [.. _names[articleId].Where(n => n.Start >= start && n.End <= end).DistinctBy(n => n.EntityId).Select(n => new SpeakerMemberResponse(n.EntityId, n.Name))];
}

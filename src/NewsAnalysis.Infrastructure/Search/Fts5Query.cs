using System.Text;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Infrastructure.Search;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: every word and every
/// "quoted phrase" becomes a quoted FTS5 string, all of which must match.
/// </summary>
public static partial class Fts5Query
{
    public static string? From(string userQuery)
    {
        var parts = new List<string>();
        foreach (Match match in Terms().Matches(userQuery))
        {
            var words = Words().Matches(match.Groups["phrase"].Success ? match.Groups["phrase"].Value : match.Value)
                .Select(w => w.Value)
                .ToList();
            if (words.Count > 0)
            {
                parts.Add('"' + string.Join(' ', words) + '"');
            }
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var part in parts)
        {
            query.Append(query.Length == 0 ? "" : " AND ").Append(part);
        }

        return query.ToString();
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Terms();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}

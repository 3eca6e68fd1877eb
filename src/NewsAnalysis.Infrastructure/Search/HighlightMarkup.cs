using System.Net;

namespace NewsAnalysis.Infrastructure.Search;

/// <summary>
/// Highlights are HTML a client may render: the stored text is escaped ("&lt;script&gt;" stays text) and only the
/// matches are wrapped in &lt;mark&gt;. The database marks matches with two private-use characters, which survive the
/// escaping and then become the tags.
/// </summary>
internal static class HighlightMarkup
{
    public const string Start = "\uE000";
    public const string Stop = "\uE001";

    public static string ToHtml(string marked) =>
        WebUtility.HtmlEncode(marked).Replace(Start, "<mark>", StringComparison.Ordinal).Replace(Stop, "</mark>", StringComparison.Ordinal);
}

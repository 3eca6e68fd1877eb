using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>Gold sources, cues and contents of a PolNeAR article as token ranges of the analysed text, for training the tagger.</summary>
public static class PolnearRoleSpans
{
    /// <summary>Every fragment of every role becomes one span over the tokens it touches; overlaps are kept.</summary>
    public static List<RoleSpan> Of(PolnearArticle article, AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<RoleSpan>();
        foreach (var attribution in article.Attributions)
        {
            AddAll(AttributionRole.Content, attribution.Content);
            AddAll(AttributionRole.Source, attribution.Source);
            AddAll(AttributionRole.Cue, attribution.Cue);
        }

        spans.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : a.EndToken.CompareTo(b.EndToken));
        return spans;

        void AddAll(AttributionRole role, TextSpanSet? set)
        {
            foreach (var range in set?.Ranges ?? [])
            {
                if (TokensOf(document, range) is { } tokens)
                {
                    spans.Add(new RoleSpan(role, tokens.First, tokens.End));
                }
            }
        }
    }

    private static (int First, int End)? TokensOf(AnalysisDocument document, TextSpan range)
    {
        var first = document.TokenIndexAtOrAfter(range.Start);
        if (first > 0 && document.Tokens[first - 1].End > range.Start)
        {
            first--;
        }

        var end = document.TokenIndexAtOrAfter(range.End);
        return end > first ? (first, end) : null;
    }
}

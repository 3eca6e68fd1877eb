using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// Scores an analysis against PolNeAR gold attributions. Direct quotes: the quotation-mark stretches
/// of gold contents against our quotes. Attributions: gold contents against the statements our quotes
/// and claims make, each statement counted once.
/// </summary>
public static class AttributionScorer
{
    public static ArticleEvaluation Evaluate(PolnearArticle article, AnalysisDocument analysis) => new(
        article,
        StatementComparison.Compare(GoldQuotes(article), PredictedQuotes(analysis)),
        StatementComparison.Compare(GoldContents(article), PredictedContents(analysis)));

    public static List<GoldStatement> GoldQuotes(PolnearArticle article)
    {
        var quotations = GoldQuoteFinder.FindQuotations(article.Text);
        return Deduplicate(article.Attributions.SelectMany(a => GoldQuoteFinder.Find(article.Text, quotations, a.Content)
            .Select(q => (Span: new TextSpanSet(q), Attribution: a))));
    }

    public static List<GoldStatement> GoldContents(PolnearArticle article) =>
        Deduplicate(article.Attributions.Select(a => (a.Content, a)));

    public static List<PredictedStatement> PredictedQuotes(AnalysisDocument analysis) => analysis.Quotes
        .Select(q => new PredictedStatement(q.Span, q.Speaker?.Mention, PredictedStatementKind.Quote, q.Cue)
        {
            SourceNames = NamesOf(analysis, q.Speaker),
        })
        .ToList();

    /// <summary>Where the article names the entity <paramref name="speaker"/> was resolved to.</summary>
    private static IReadOnlyList<TextSpan> NamesOf(AnalysisDocument analysis, Speaker? speaker) =>
        speaker?.Entity is { } entity && entity < analysis.Entities.Count
            ? [.. analysis.Entities[entity].Mentions.Select(m => analysis.Mentions[m].Span)]
            : [];

    /// <summary>
    /// The attributions the analysis asserts: quotes and claims, where findings that are one statement
    /// (see <see cref="SameStatement"/>) count once, with the widest one's source. A sentence that only
    /// states numbers, with neither cue nor claimant, is the article's own statement, not an attribution.
    /// </summary>
    public static List<PredictedStatement> PredictedContents(AnalysisDocument analysis)
    {
        var items = analysis.Quotes
            .Select(q => new Finding(q.Span, q.Cue, q.Speaker, PredictedStatementKind.Quote))
            .Concat(analysis.Claims
                .Where(c => c.Cue is not null || c.Claimant is not null)
                .Select(c => new Finding(c.Span, c.Cue, c.Claimant, PredictedStatementKind.Claim)))
            .ToList();
        var group = Enumerable.Range(0, items.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (SameStatement(items[i], items[j]))
                {
                    group[Root(j)] = Root(i);
                }
            }
        }

        return [.. Enumerable.Range(0, items.Count)
            .GroupBy(Root)
            .Select(g =>
            {
                // The widest member speaks for the statement: its source and kind.
                var members = g.Select(i => items[i]).OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start).ToList();
                var source = members.Select(m => m.Source).FirstOrDefault(s => s is not null);
                return new PredictedStatement(new TextSpanSet(members.Select(m => m.Span)), source?.Mention, members[0].Kind, members[0].Cue)
                {
                    SourceNames = NamesOf(analysis, source),
                };
            })
            .OrderBy(p => p.Span.Extent.Start)];
    }

    /// <summary>
    /// Two findings are one statement when they restate each other (the match threshold); when they are
    /// quotes of one cue ("…," he said, "…", and the paragraphs that carry his quote on); or when one lies
    /// within the other and has no cue of its own (a cue of its own makes it a report within the report:
    /// "Trump said Clinton called him “unhinged”").
    /// </summary>
    private static bool SameStatement(Finding a, Finding b)
    {
        if (new TextSpanSet(a.Span).IntersectionOverUnion(new TextSpanSet(b.Span)) >= StatementComparison.DefaultThreshold)
        {
            return true;
        }

        if (a.Kind == PredictedStatementKind.Quote && b.Kind == PredictedStatementKind.Quote)
        {
            return a.Cue is { } cue && cue == b.Cue;
        }

        var (outer, inner) = a.Span.Length >= b.Span.Length ? (a, b) : (b, a);
        return outer.Span.Contains(inner.Span) && (inner.Cue is null || inner.Cue == outer.Cue);
    }

    private sealed record Finding(TextSpan Span, TextSpan? Cue, Speaker? Source, PredictedStatementKind Kind);

    /// <summary>
    /// One gold statement per distinct span: when two annotated attributions share a span (the same
    /// quote inside two overlapping contents), finding it once is enough, and either source is right.
    /// </summary>
    private static List<GoldStatement> Deduplicate(IEnumerable<(TextSpanSet Span, GoldAttribution Attribution)> items)
    {
        var bySpan = new Dictionary<string, (TextSpanSet Span, List<TextSpanSet> Sources, string Id)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (span, attribution) in items)
        {
            var key = span.ToString();
            if (!bySpan.TryGetValue(key, out var entry))
            {
                entry = (span, [], attribution.Id);
                bySpan[key] = entry;
                order.Add(key);
            }

            if (attribution.Source is { } source)
            {
                entry.Sources.Add(source);
            }
        }

        return [.. order.Select(k => bySpan[k]).Select(e => new GoldStatement(e.Span, e.Sources, e.Id))];
    }
}

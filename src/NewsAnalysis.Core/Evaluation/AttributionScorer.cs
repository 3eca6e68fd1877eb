using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Core.Evaluation;

/// <summary>
/// Scores an analysis against PolNeAR gold attributions. Direct quotes: the quotation-mark stretches
/// of gold contents against our quotes. Attributions: gold contents against our quotes and claims,
/// where a claim that restates a quote (same span, by the match threshold) is dropped so one
/// statement is not counted twice.
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
        .Select(q => new PredictedStatement(q.Span, q.Speaker?.Mention, PredictedStatementKind.Quote))
        .ToList();

    public static List<PredictedStatement> PredictedContents(AnalysisDocument analysis)
    {
        var quotes = PredictedQuotes(analysis);
        var quoteSets = quotes.Select(q => new TextSpanSet(q.Span)).ToList();
        var claims = analysis.Claims
            .Where(c => !quoteSets.Any(q => q.IntersectionOverUnion(new TextSpanSet(c.Span)) >= StatementComparison.DefaultThreshold))
            .Select(c => new PredictedStatement(c.Span, c.Claimant?.Mention, PredictedStatementKind.Claim));
        return [.. quotes.Concat(claims).OrderBy(p => p.Span.Start)];
    }

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

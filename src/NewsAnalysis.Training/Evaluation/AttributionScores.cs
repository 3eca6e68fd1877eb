namespace NewsAnalysis.Training.Evaluation;

/// <summary>Micro-averaged counts over a set of articles: direct quotes, and attributions (quotes and claims together).</summary>
public sealed record AttributionScores(int Articles, MatchCounts Quotes, MatchCounts Attributions)
{
    public static AttributionScores Sum(IEnumerable<ArticleEvaluation> evaluations)
    {
        int articles = 0;
        MatchCounts quotes = default, attributions = default;
        foreach (var evaluation in evaluations)
        {
            articles++;
            quotes += evaluation.Quotes.Counts;
            attributions += evaluation.Attributions.Counts;
        }

        return new AttributionScores(articles, quotes, attributions);
    }
}

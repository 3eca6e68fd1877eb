using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class StatementComparisonTests
{
    // Gold and predicted statements as "span@source" separated by spaces; "-" for no source.
    [Theory]
    [InlineData("0-100@200-205", "0-100@200-205", 1, 1, 1)]
    [InlineData("0-100@200-205", "0-50@200-205", 1, 1, 1)]
    [InlineData("0-100@200-205", "0-49@200-205", 0, 0, 0)]
    [InlineData("0-100@200-205", "50-150@200-205", 0, 0, 0)]
    [InlineData("0-100@200-205", "0-100@300-305", 1, 1, 0)]
    [InlineData("0-100@200-205", "0-100@-", 1, 1, 0)]
    [InlineData("0-100@200-205", "0-100@204-210", 1, 1, 1)]
    [InlineData("0-100@-", "0-100@200-205", 1, 0, 0)]
    [InlineData("0-40;60-100@200-205", "0-100@200-205", 1, 1, 1)]
    [InlineData("0-20;80-100@200-205", "0-100@200-205", 0, 0, 0)]
    [InlineData("0-100@200-205 300-400@500-505", "0-100@500-505 300-400@500-505", 2, 2, 1)]
    public void Compare_MatchesAtHalfOverlapAndJudgesTheSource(
        string gold, string predicted, int matched, int sourceJudged, int sourceCorrect)
    {
        var comparison = StatementComparison.Compare(Gold(gold), Predicted(predicted));

        Assert.Equal(matched, comparison.Counts.Matched);
        Assert.Equal(sourceJudged, comparison.Counts.SourceJudged);
        Assert.Equal(sourceCorrect, comparison.Counts.SourceCorrect);
        Assert.Equal(comparison.Counts.Gold - matched, comparison.Misses.Count);
        Assert.Equal(comparison.Counts.Predicted - matched, comparison.FalseAlarms.Count);
    }

    [Theory]
    [InlineData("0-100@-", "0-100@- 0-90@-", "0-100>0-100")]
    [InlineData("0-100@- 0-90@-", "0-95@-", "0-100>0-95")]
    [InlineData("0-100@- 0-90@-", "0-100@- 0-90@-", "0-100>0-100 0-90>0-90")]
    [InlineData("0-100@- 10-100@-", "0-100@- 5-100@-", "0-100>0-100 10-100>5-100")]
    public void Compare_PairsOneToOneBestOverlapFirst(string gold, string predicted, string expectedPairs)
    {
        var comparison = StatementComparison.Compare(Gold(gold), Predicted(predicted));

        var pairs = comparison.Matches
            .Select(m => $"{m.Gold.Span.ToString().Replace(' ', '-')}>{m.Predicted.Span.ToString().Replace(' ', '-')}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedPairs, string.Join(" ", pairs));
    }

    [Theory]
    [InlineData("300-305", 1)] // "he" resolved to the person the article names at the gold source
    [InlineData("400-405", 0)] // resolved to someone the article names elsewhere
    [InlineData("", 0)] // unresolved
    public void SourcePerson_IsRightWhenTheSourceResolvesToTheEntityNamedAtTheGoldSource(string names, int personCorrect)
    {
        var predicted = new PredictedStatement(Spans.One("0-100"), Spans.One("150-152"), PredictedStatementKind.Quote)
        {
            SourceNames = [.. names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Spans.One)],
        };

        var comparison = StatementComparison.Compare(Gold("0-100@300-305"), [predicted]);

        Assert.Equal(0, comparison.Counts.SourceCorrect);
        Assert.Equal(personCorrect, comparison.Counts.SourcePersonCorrect);
    }

    private static List<GoldStatement> Gold(string items) => [.. items.Split(' ').Select((item, i) =>
    {
        var (span, source) = Split(item);
        return new GoldStatement(Spans.Set(span), source is null ? [] : [Spans.Set(source)], $"E{i + 1}");
    })];

    private static List<PredictedStatement> Predicted(string items) => [.. items.Split(' ').Select(item =>
    {
        var (span, source) = Split(item);
        TextSpan? mention = source is null ? null : Spans.One(source);
        return new PredictedStatement(Spans.One(span), mention, PredictedStatementKind.Quote);
    })];

    private static (string Span, string? Source) Split(string item)
    {
        var parts = item.Split('@');
        return (parts[0], parts[1] == "-" ? null : parts[1]);
    }
}

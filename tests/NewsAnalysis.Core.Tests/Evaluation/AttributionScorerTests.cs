using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class AttributionScorerTests
{
    private static readonly TextSpan Said = new(40, 44);
    private static readonly TextSpan Claimed = new(200, 207);
    private static readonly Speaker JaneDoe = new(new TextSpan(30, 39), 0, "Jane Doe");

    [Fact]
    public void PredictedContents_TakesQuotesOfOneCueAsOneStatementInFragments()
    {
        var document = new AnalysisDocument(new string(' ', 400));
        document.Quotes.Add(new ExtractedQuote(new TextSpan(1, 28), Said, JaneDoe));
        document.Quotes.Add(new ExtractedQuote(new TextSpan(47, 90), Said, JaneDoe));
        document.Quotes.Add(new ExtractedQuote(new TextSpan(120, 160), null, JaneDoe));

        var contents = AttributionScorer.PredictedContents(document);

        Assert.Equal(["1 28;47 90", "120 160"], contents.Select(c => c.Span.ToString()));
        Assert.All(contents, c => Assert.Equal(JaneDoe.Mention, c.Source));
    }

    [Fact]
    public void PredictedContents_FoldsAQuoteWithoutItsOwnCueIntoTheClaimAroundIt()
    {
        var document = new AnalysisDocument(new string(' ', 400));
        document.Claims.Add(new ExtractedClaim(new TextSpan(208, 300), Claimed, JaneDoe, []));
        document.Quotes.Add(new ExtractedQuote(new TextSpan(250, 270), null, null));
        document.Quotes.Add(new ExtractedQuote(new TextSpan(280, 295), new TextSpan(275, 279), null));

        var contents = AttributionScorer.PredictedContents(document);

        Assert.Equal(["208 300", "280 295"], contents.Select(c => c.Span.ToString()));
        Assert.Equal(PredictedStatementKind.Claim, contents[0].Kind);
        Assert.Equal(JaneDoe.Mention, contents[0].Source);
    }

    [Fact]
    public void PredictedContents_LeavesOutNumberStatementsThatNobodyIsSaidToMake()
    {
        var document = new AnalysisDocument(new string(' ', 400));
        document.Claims.Add(new ExtractedClaim(new TextSpan(0, 50), null, null, []));
        document.Claims.Add(new ExtractedClaim(new TextSpan(60, 90), null, JaneDoe, []));

        var contents = AttributionScorer.PredictedContents(document);

        Assert.Equal(["60 90"], contents.Select(c => c.Span.ToString()));
    }
}

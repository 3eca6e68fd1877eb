using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Core.Tests.Extraction.Quotes;

/// <summary>Quotation marks around a title are not a quote; a nickname or a headline's quote is.</summary>
public sealed class QuotedTitleTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static string[] Quotes(string text)
    {
        var document = Pipeline.Analyze(text);
        return [.. document.Quotes.Select(q => document.TextOf(q.Span))];
    }

    [Theory]
    [InlineData("Senator Ada Moreno told \u201CFox News Sunday\u201D that the vote would wait.")]
    [InlineData("The governor appeared on \"Face the Nation\" after the storm had passed.")]
    [InlineData("The plan revives the \u201CContract with America\u201D of the old party leadership.")]
    [InlineData("She was reading \u201CThe Art of the Deal\u201D again on the long flight home.")]
    public void TitleInQuotationMarks_InAnOrdinarySentence_IsNoQuote(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Theory]
    [InlineData("Trump called her \u201CMiss Piggy\u201D in an interview that year.", "Miss Piggy")]
    [InlineData("\u201CCrooked Hillary Is Lying,\u201D Trump tweeted early this morning from the hotel.", "Crooked Hillary Is Lying,")]
    [InlineData("Trump Says \u201CCrooked Hillary\u201D Must Answer For Emails", "Crooked Hillary")]
    [InlineData("The mayor said the delays were \u201Creally very bad\u201D for the town.", "really very bad")]
    [InlineData("The mayor said the delays were \u201CBad\u201D for the town.", "Bad")]
    public void QuotationThatIsNotATitle_StaysAQuote(string text, string quote)
    {
        Assert.Equal([quote], Quotes(text));
    }
}

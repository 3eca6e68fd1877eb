using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Quotes;
using NewsAnalysis.Core.Extraction.Segmentation;

namespace NewsAnalysis.Core.Tests.Extraction;

public sealed class PipelineOrderTests
{
    [Fact]
    public void DefaultPipeline_ListsItsStepsInTheOrderTheyRun()
    {
        var pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules);

        Assert.Equal(
            ["TextSegmentationStep", "EntityStep", "QuotationStep", "CoreferenceStep", "AttributionFrameStep", "QuoteAttributionStep", "ClaimExtractionStep", "QuoteCompletionStep"],
            pipeline.Steps.Select(s => s.GetType().Name));
    }

    [Fact]
    public void EveryLayer_IsWrittenByExactlyOneStepOfTheDefaultPipeline()
    {
        var pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules);

        var written = pipeline.Steps.SelectMany(s => s.Writes).ToList();

        Assert.Equal(written.Distinct().Count(), written.Count);
        Assert.Equal(Enum.GetValues<DocumentLayer>().Except([DocumentLayer.ClaimScores]).Order(), written.Order());
    }

    [Fact]
    public void AStepBeforeTheStepItReads_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExtractionPipeline([new TextSegmentationStep(), new AttributionFrameStep()]));

        Assert.Contains("AttributionFrameStep reads Mentions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoStepsWritingOneLayer_AreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExtractionPipeline([new TextSegmentationStep(), new QuotationStep(), new QuotationStep()]));

        Assert.Contains("writes Quotations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteCompletion_LeavesTheRuleQuotesAsTheQuoteStepWroteThem()
    {
        var pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules);

        var document = pipeline.Analyze("Voters in the town distrust “super PACs” and their ads.\n“We will rebuild,” the mayor said.");

        // The term in quotation marks stays a rule quote; only the final quotes drop it.
        Assert.Equal(2, document.RuleQuotes.Count);
        Assert.Equal("We will rebuild,", document.TextOf(Assert.Single(document.Quotes).Span));
        Assert.IsType<QuoteCompletionStep>(pipeline.Steps[^1]);
    }
}

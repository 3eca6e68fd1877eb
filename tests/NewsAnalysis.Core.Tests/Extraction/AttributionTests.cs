using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Core.Tests.Extraction;

/// <summary>Text in, quotes and claims with their speakers out.</summary>
public sealed class AttributionTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static (string Quote, string? Speaker, string? Mention)[] Quotes(string text)
    {
        var document = Pipeline.Analyze(text);
        return document.Quotes
            .Select(q => (document.TextOf(q.Span), q.Speaker?.Name, q.Speaker is null ? null : document.TextOf(q.Speaker.Mention)))
            .ToArray();
    }

    [Theory]
    [InlineData("\"We will win\", Maria Delgado said.", "We will win", "Maria Delgado", "Maria Delgado")]
    [InlineData("\u201CWe will win,\u201D said Maria Delgado.", "We will win,", "Maria Delgado", "Maria Delgado")]
    [InlineData("Maria Delgado said: \"We will win.\"", "We will win.", "Maria Delgado", "Maria Delgado")]
    [InlineData("Maria Delgado arrived. She added that \"we will win\".", "we will win", "Maria Delgado", "She")]
    [InlineData("\"We will win\", Hugh Hill, a doctor at the hospital, said.", "We will win", "Hugh Hill", "Hugh Hill")]
    [InlineData("\"We will win\", a spokesman said.", "We will win", "a spokesman", "a spokesman")]
    [InlineData("\"We will win\", said chief executive Maren Telloway.", "We will win", "Maren Telloway", "Maren Telloway")]
    [InlineData("Stacy Baker of Columbia, South Carolina says Cruz is \u201Cdoing fine.\u201D", "doing fine.", "Stacy Baker", "Stacy Baker")]
    [InlineData("Jason Sims \u2014 a teacher from Mount Pleasant \u2014 says he made up his mind late, and that the endorsement was \u201Ca big deal.\u201D", "a big deal.", "Jason Sims", "Jason Sims")]
    public void Quote_IsAttributedThroughItsCue(string text, string quote, string speaker, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal((quote, speaker, mention), found);
    }

    [Fact]
    public void Quote_WithoutCue_InAParagraphOfItsOwn_AfterAParagraphAboutNoOne_HasNoSpeaker()
    {
        var found = Quotes("The budget was debated at length.\n\n\"I really do hope this works\".");
        Assert.Equal(("I really do hope this works", (string?)null, (string?)null), Assert.Single(found));
    }

    [Fact]
    public void Quote_WithoutCue_OpeningItsParagraph_IsSpokenByThePersonHeadingTheParagraphBefore()
    {
        // Decision 0023: the one speaker taken from another paragraph.
        var found = Quotes("Ivo Rask spoke at length about the budget.\n\n\"I really do hope this works\".");
        Assert.Equal(("I really do hope this works", "Ivo Rask", "Ivo Rask"), Assert.Single(found));
    }

    [Fact]
    public void Quote_ContinuingASpeakersParagraph_KeepsTheSpeaker()
    {
        var found = Quotes("\"First part\", Ivo Rask said. \"Second part\".");
        Assert.Equal([("First part", "Ivo Rask", "Ivo Rask"), ("Second part", "Ivo Rask", "Ivo Rask")], found);
    }

    [Fact]
    public void Quote_NeverGoesToSomeoneNamedInsideIt()
    {
        var found = Quotes("\"Assad must step down\".");
        Assert.Null(Assert.Single(found).Speaker);
    }

    [Fact]
    public void PartialQuote_TakesTheSpeakerOfItsClause()
    {
        var found = Quotes("Vera Holm has compared it to the war, calling it a \"tedious\" story.");
        Assert.Equal(("tedious", "Vera Holm", "Vera Holm"), Assert.Single(found));
    }

    [Theory]
    [InlineData("The ministry said that 40 people were hurt.", "The ministry", "said", "40 people were hurt")]
    [InlineData("Tomas Berg told the council that the plan had failed.", "Tomas Berg", "told", "the plan had failed")]
    [InlineData("The roads were closed, officials said.", "officials", "said", "The roads were closed")]
    [InlineData("According to Tomas Berg, the plan had failed.", "Tomas Berg", "According to", "the plan had failed")]
    [InlineData("The US claims the strike destroyed 20% of the aircraft.", "US", "claims", "the strike destroyed 20% of the aircraft")]
    public void ReportedSpeech_IsAClaimWithSourceCueAndContent(string text, string source, string cue, string content)
    {
        var document = Pipeline.Analyze(text);
        var claim = Assert.Single(document.Claims);
        Assert.Equal(source, document.TextOf(claim.Claimant!.Mention));
        Assert.Equal(cue, document.TextOf(claim.Cue!.Value));
        Assert.Equal(content, document.TextOf(claim.Span));
        Assert.InRange(Assert.Single(document.ClaimScores), 0, 1);
    }

    [Fact]
    public void InvertedCue_AfterAQuote_MakesNoClaimOfTheWordsAboutItsSource()
    {
        var document = Pipeline.Analyze("\"The plan will not work,\" said Tomas Berg, an economist at the institute in Oslo who studies pensions.");

        Assert.Equal("Tomas Berg", document.Quotes.Single().Speaker!.Name);
        Assert.DoesNotContain(document.Claims, c => document.TextOf(c.Span).Contains("economist", StringComparison.Ordinal));
    }

    [Fact]
    public void EachCue_MakesAtMostOneClaim()
    {
        var document = Pipeline.Analyze(
            "Vera Holm says trust erodes under the new government, while the capital icily receives the envoy. "
            + "The minister, who praised the plan throughout the campaign, was poised for a deal with the unions. "
            + "Officials said the roads were closed and the bridges, which had flooded twice, would stay shut until Monday.");

        var cues = document.Claims.Where(c => c.Cue is not null).Select(c => c.Cue!.Value).ToList();
        Assert.NotEmpty(cues);
        Assert.Equal(cues.Count, cues.Distinct().Count());
    }

    [Fact]
    public void NameAndColon_OpeningAParagraph_IsThatSourcesClaim_ButASectionLabelIsNot()
    {
        var document = Pipeline.Analyze(
            "Lindsey Graham: Trump's rhetoric is destroying the party's chances.\n\nThe Latest: Cruz to give away an engraved shotgun.");

        var claim = Assert.Single(document.Claims, c => c.Cue is { } cue && document.TextOf(cue) == ":");
        Assert.Equal("Lindsey Graham", claim.Claimant!.Name);
        Assert.Equal("Trump's rhetoric is destroying the party's chances", document.TextOf(claim.Span));
    }
}

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Tests.Extraction.Coreference;

/// <summary>
/// A speaker named by a pronoun carries the person the coreference step resolved it to, and every resolved word is
/// a mention of its entity, with the kind of words it is.
/// </summary>
public sealed class ResolvedMentionTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules);

    [Fact]
    public void QuoteSpeakerThatIsAPronoun_CarriesTheResolvedPerson_AndIsAPronounMentionOfThem()
    {
        var document = Pipeline.Analyze("Angela Merkel met the press in Berlin on Monday. \"The talks went well,\" she said.");

        var speaker = Assert.Single(document.Quotes).Speaker;
        Assert.NotNull(speaker);
        Assert.Equal("she", document.TextOf(speaker.Mention));
        Assert.Equal("Angela Merkel", speaker.Name);

        var mentions = ResolvedMention.Of(document);
        var merkel = speaker.Entity!.Value;
        Assert.Equal(
            [("Angela Merkel", MentionKind.Name), ("she", MentionKind.Pronoun)],
            mentions.Where(m => m.Entity == merkel).Select(m => (document.TextOf(m.Span), m.Kind)));
    }

    [Fact]
    public void QuoteSpeakerThatIsAnUnresolvedPronoun_HasNoEntity_AndIsNoMention()
    {
        var document = Pipeline.Analyze("\"We will rebuild the harbour,\" he said on Monday.");

        var speaker = Assert.Single(document.Quotes).Speaker;
        Assert.NotNull(speaker);
        Assert.Equal("he", document.TextOf(speaker.Mention));
        Assert.Null(speaker.Entity);
        Assert.Empty(ResolvedMention.Of(document));
    }

    [Fact]
    public void RelativeWordSpeaker_StandsForTheNameBeforeIt()
    {
        var document = Pipeline.Analyze("The plan was praised by Orla Wendt, who said the harbour would reopen in May.");

        var claim = Assert.Single(document.Claims, c => c.Claimant is { } who && document.TextOf(who.Mention) == "who");
        Assert.Equal("Orla Wendt", claim.Claimant!.Name);
        Assert.NotNull(claim.Claimant.Entity);
        Assert.Contains(ResolvedMention.Of(document), m => m.Entity == claim.Claimant.Entity && m.Kind == MentionKind.Pronoun
            && document.TextOf(m.Span) == "who");
    }

    [Fact]
    public void RelativeWordAfterAnApposition_StandsForThePersonTheAppositionDescribes()
    {
        var document = Pipeline.Analyze(
            "Marc Morial, the chief executive of the National Urban League, who said voting was a duty, spoke on Monday.");

        var claim = Assert.Single(document.Claims, c => c.Claimant is { } who && document.TextOf(who.Mention) == "who");
        Assert.Equal("Marc Morial", claim.Claimant!.Name);
        Assert.Equal(EntityType.Organization, Assert.Single(document.Entities, e => e.Name == "National Urban League").Type);
    }

    [Fact]
    public void Mentions_AreInTextOrder_AndNeverOverlap()
    {
        var document = Pipeline.Analyze(
            "Tom Ray met Ann Hill in Paris. He said the deal was done, and his staff agreed. \"It is done,\" Ray said later.");

        var mentions = ResolvedMention.Of(document);

        Assert.NotEmpty(mentions);
        for (var i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].Span.End <= mentions[i].Span.Start, $"{mentions[i - 1]} and {mentions[i]}");
        }
    }
}

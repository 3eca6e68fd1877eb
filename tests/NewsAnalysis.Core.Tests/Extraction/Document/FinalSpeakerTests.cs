using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction.Document;

/// <summary>Speakers in their final form: a coordinated subject as a whole, a relative word as what it refers to.</summary>
public sealed class FinalSpeakerTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static (string Mention, int? Entity, string[] Members) Described(AnalysisDocument document, Speaker speaker) =>
        (document.TextOf(speaker.Mention), speaker.Entity, speaker.Members?.Select(m => document.Entities[m].Name).ToArray() ?? []);

    [Fact]
    public void ClaimBySeveralNamedCountries_IsClaimedByAllOfThem()
    {
        var document = Pipeline.Analyze("The United States, Britain and France have pointed a finger at the Syrian government, saying it carried out the attack.");

        var claim = Assert.Single(document.Claims, c => document.TextOf(c.Span).StartsWith("a finger", StringComparison.Ordinal));
        var (mention, entity, members) = Described(document, claim.Claimant!);
        Assert.Equal("The United States, Britain and France", mention);
        Assert.Null(entity);
        Assert.Equal(["United States", "United Kingdom", "France"], members);
    }

    [Fact]
    public void QuoteSpokenByTwoNamesAfterTheCue_IsSpokenByBoth()
    {
        var document = Pipeline.Analyze("\"We stand together,\" said Britain and France.");

        var (mention, entity, members) = Described(document, Assert.Single(document.Quotes).Speaker!);
        Assert.Equal(("Britain and France", null), (mention, entity));
        Assert.Equal(2, members.Length);
    }

    [Fact]
    public void PlaceAfterAPreposition_IsNoPartOfTheSubject()
    {
        var document = Pipeline.Analyze("In Paris, Germany and Japan said the strike was justified.");

        var claim = Assert.Single(document.Claims, c => c.Claimant is not null);
        Assert.Equal("Germany and Japan", document.TextOf(claim.Claimant!.Mention));
    }

    [Fact]
    public void NameAfterTheCueFollowedByAnotherClause_StaysOneSpeaker()
    {
        var document = Pipeline.Analyze("\"It is over,\" said Vladimir Putin, and Sergei Lavrov agreed.");

        var speaker = Assert.Single(document.Quotes).Speaker!;
        Assert.Equal("Vladimir Putin", document.TextOf(speaker.Mention));
        Assert.Null(speaker.Members);
    }

    [Fact]
    public void DescriptionAsClaimant_IsThePersonTheArticleDescribedSo()
    {
        var document = Pipeline.Analyze("Russian President Vladimir Putin met Rex Tillerson in Moscow on Wednesday.\n\nThe Russian leader said trust had eroded.");

        var claim = Assert.Single(document.Claims, c => document.TextOf(c.Span).Contains("trust", StringComparison.Ordinal));
        Assert.Equal("The Russian leader", document.TextOf(claim.Claimant!.Mention));
        Assert.Equal("Vladimir Putin", claim.Claimant.Name);
    }

    [Theory]
    [InlineData("Russia vetoed a United Nations resolution Wednesday that would have condemned the attack.", "that", "a United Nations resolution")]
    [InlineData("The report cites the officials, who have warned of delays.", "who", "the officials")]
    [InlineData("It was Smith who said so.", "who", "who")]
    public void UnresolvedRelativeWord_IsTheNounPhraseBeforeIt_WhereThereIsOne(string text, string relative, string expected)
    {
        var document = Pipeline.Analyze(text);
        var start = text.IndexOf($" {relative} ", StringComparison.Ordinal) + 1;
        var word = new TextSpan(start, start + relative.Length);

        var final = RelativeSpeakers.Antecedent(document, new Speaker(word, null, relative))!;

        Assert.Equal(expected, document.TextOf(final.Mention));
        Assert.Null(final.Entity);
    }

    [Theory]
    [InlineData("Senator Lindsey Graham, Republican of South Carolina, said the plan would fail.", "Lindsey Graham")]
    [InlineData("Conservative icon Phyllis Schlafly, who died Monday at the age of 92, wrote that Trump was the best hope.", "Phyllis Schlafly")]
    [InlineData("Mr. Peck of SunTrust said rates would rise.", "Peck")]
    [InlineData("Hillary Clinton spoke first. Clinton herself said the race was close.", "Hillary Clinton")]
    public void WordsHeadedByAName_AreThatNamesEntity(string text, string name)
    {
        var document = Pipeline.Analyze(text);

        var claim = Assert.Single(document.Claims, c => c.Claimant is not null);
        Assert.Equal(name, document.Entities[Assert.IsType<int>(claim.Claimant!.Entity)].Name);
    }

    [Theory]
    [InlineData("Hillary Clinton's campaign said she would win.")]
    [InlineData("Facebook officials said the feature was safe.")]
    [InlineData("A CBS poll said voters were split.")]
    public void WordsHeadedByAnythingElse_StayUnresolved(string text)
    {
        var document = Pipeline.Analyze(text);

        var claim = Assert.Single(document.Claims, c => c.Claimant is not null);
        Assert.Null(claim.Claimant!.Entity);
    }
}

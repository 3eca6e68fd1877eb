using NewsAnalysis.Core.Analysis;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class ClaimDisagreementFinderTests
{
    private const string StrikeTemplate = "the missile strike on the Shayrat air base killed {0}";

    [Fact]
    public void Numbers_DifferentDeathTollsOfOneStrike_Disagree_WithTheNumbersAsReason()
    {
        var media = Claim(1, 10, string.Format(StrikeTemplate, "89 people"), "said", "Syrian state media", null, Q("89 people", 89, "people"));
        var activists = Claim(2, 11, string.Format(StrikeTemplate, "20 people"), "said", "Activists", null, Q("20 people", 20, "people"));

        var found = Assert.Single(ClaimDisagreementFinder.Find([activists, media]));

        Assert.Equal((1, 2), (found.FirstClaimId, found.SecondClaimId));
        Assert.Equal(DisagreementKind.Numbers, found.Kind);
        Assert.Equal("killed: 89 people vs 20 people", found.Reason);
        Assert.Contains("killed", found.SharedWords);
        Assert.Equal(1.0, found.Overlap);
    }

    [Theory]
    [InlineData("89 people", 89, null, "more than 80 people", 80, "more than", false)]
    [InlineData("about 100 people", 100, "about", "98 people", 98, null, false)]
    [InlineData("about 100 people", 100, "about", "110 people", 110, null, false)]
    [InlineData("nearly 100 people", 100, "nearly", "95 people", 95, null, false)]
    [InlineData("up to 50 people", 50, "up to", "30 people", 30, null, false)]
    [InlineData("at least 12 people", 12, "at least", "15 people", 15, null, false)]
    [InlineData("hundreds people", 200, null, "300 people", 300, null, false)]
    [InlineData("89 people", 89, null, "89 people", 89, null, false)]
    [InlineData("89 people", 89, null, "20 people", 20, null, true)]
    [InlineData("about 100 people", 100, "about", "80 people", 80, null, true)]
    [InlineData("about 100 people", 100, "about", "112 people", 112, null, true)]
    [InlineData("nearly 100 people", 100, "nearly", "101 people", 101, null, true)]
    [InlineData("more than 80 people", 80, "more than", "50 people", 50, null, true)]
    [InlineData("up to 50 people", 50, "up to", "60 people", 60, null, true)]
    [InlineData("about 100 people", 100, "about", "about 150 people", 150, "about", true)]
    public void Numbers_DisagreeOnlyWhenTheirRangesDoNotMeet(
        string firstText, double firstValue, string? firstApproximation,
        string secondText, double secondValue, string? secondApproximation, bool disagree)
    {
        var first = Claim(1, 10, string.Format(StrikeTemplate, firstText), "said", "Syrian state media", null, Q(firstText, firstValue, "people", firstApproximation));
        var second = Claim(2, 11, string.Format(StrikeTemplate, secondText), "said", "Activists", null, Q(secondText, secondValue, "people", secondApproximation));

        var found = ClaimDisagreementFinder.Compare(first, second);

        Assert.Equal(disagree, found is { Kind: DisagreementKind.Numbers });
    }

    [Fact]
    public void Numbers_PercentagesOfTheSameThing_Disagree()
    {
        var pentagon = Claim(1, 10, "the strike destroyed 20% of Syria's operational aircraft", "said", "Pentagon", 5, Q("20%", 20, "percent"));
        var moscow = Claim(2, 11, "the strike destroyed 5 percent of Syria's operational aircraft", "said", "Russian Defence Ministry", 6, Q("5 percent", 5, "percent"));

        var found = ClaimDisagreementFinder.Compare(pentagon, moscow);

        Assert.Equal("destroyed: 20% vs 5 percent", found?.Reason);
    }

    [Fact]
    public void Numbers_WithDifferentUnits_AreNotCompared()
    {
        var people = Claim(1, 10, "the strike on the air base destroyed 89 houses", "said", "Activists", null, Q("89 houses", 89, "houses"));
        var aircraft = Claim(2, 11, "the strike on the air base destroyed 20 aircraft", "said", "Pentagon", 5, Q("20 aircraft", 20, "aircraft"));

        Assert.Null(ClaimDisagreementFinder.Compare(people, aircraft));
    }

    [Fact]
    public void Numbers_AboutDifferentThings_AreNotCompared()
    {
        var strike = Claim(1, 10, "the strike on the air base killed 89 people", "said", "Activists", null, Q("89 people", 89, "people"));
        var floods = Claim(2, 11, "floods in the northern province displaced 20 people", "said", "Red Crescent", 8, Q("20 people", 20, "people"));

        Assert.Null(ClaimDisagreementFinder.Compare(strike, floods));
    }

    [Fact]
    public void Numbers_OneMatchingCountAmongSeveral_IsAgreement()
    {
        var both = Claim(1, 10, "the strike killed 89 people and injured 30 people in the town", "said", "Activists", null,
            Q("89 people", 89, "people"), Q("30 people", 30, "people"));
        var killed = Claim(2, 11, "the strike killed 89 people in the town", "said", "Hospital director Hamid", 9, Q("89 people", 89, "people"));

        Assert.Null(ClaimDisagreementFinder.Compare(both, killed));
    }

    [Fact]
    public void SameClaimant_RepeatingADifferentNumber_IsNotADisagreement()
    {
        var monday = Claim(1, 10, string.Format(StrikeTemplate, "89 people"), "said", "Syrian state media", 3, Q("89 people", 89, "people"));
        var tuesday = Claim(2, 11, string.Format(StrikeTemplate, "20 people"), "said", "Syrian state media", 3, Q("20 people", 20, "people"));
        var unattributedA = Claim(3, 12, string.Format(StrikeTemplate, "89 people"), null, null, null, Q("89 people", 89, "people"));
        var unattributedB = Claim(4, 12, string.Format(StrikeTemplate, "20 people"), null, null, null, Q("20 people", 20, "people"));

        Assert.Null(ClaimDisagreementFinder.Compare(monday, tuesday));
        Assert.Null(ClaimDisagreementFinder.Compare(unattributedA, unattributedB));
    }

    [Fact]
    public void UnattributedClaims_InDifferentArticles_AreDifferentVoices()
    {
        var first = Claim(1, 10, string.Format(StrikeTemplate, "89 people"), null, null, null, Q("89 people", 89, "people"));
        var second = Claim(2, 11, string.Format(StrikeTemplate, "20 people"), null, null, null, Q("20 people", 20, "people"));

        Assert.Equal(DisagreementKind.Numbers, ClaimDisagreementFinder.Compare(first, second)?.Kind);
    }

    [Fact]
    public void Polarity_DenialCueAgainstAssertion_Disagrees()
    {
        const string Text = "the Syrian army used chemical weapons in Khan Sheikhoun";
        var moscow = Claim(1, 10, Text, "denied", "Igor Konashenkov", 4, []);
        var washington = Claim(2, 11, Text, "said", "Rex Tillerson", 5, []);

        var found = ClaimDisagreementFinder.Compare(moscow, washington);

        Assert.Equal(DisagreementKind.Polarity, found?.Kind);
        Assert.Equal("Igor Konashenkov denied vs Rex Tillerson said", found?.Reason);
    }

    [Theory]
    [InlineData("the Syrian army did not use chemical weapons in Khan Sheikhoun", "said", true)]
    [InlineData("the Syrian army never used chemical weapons in Khan Sheikhoun", "insisted", true)]
    [InlineData("the Syrian army didn't use chemical weapons in Khan Sheikhoun", "said", true)]
    [InlineData("reports that the Syrian army used chemical weapons in Khan Sheikhoun were false", "said", true)]
    [InlineData("the Syrian army used chemical weapons in Khan Sheikhoun", "rejected claims", true)]
    [InlineData("the Syrian army used chemical weapons in Khan Sheikhoun", "said", false)]
    [InlineData("officials did not deny the Syrian army used chemical weapons in Khan Sheikhoun", "said", false)]
    [InlineData("the Syrian army never used chemical weapons in Khan Sheikhoun", "denied", false)]
    public void Polarity_NegationInCueOrContent_DisagreesWithAnAssertion(string text, string cue, bool disagree)
    {
        var other = Claim(1, 10, "the Syrian army used chemical weapons in Khan Sheikhoun", "said", "Rex Tillerson", 5, []);
        var claim = Claim(2, 11, text, cue, "Russian Defence Ministry", 6, []);

        var found = ClaimDisagreementFinder.Compare(other, claim);

        Assert.Equal(disagree, found is { Kind: DisagreementKind.Polarity });
    }

    [Fact]
    public void Polarity_SameClaimant_IsNotADisagreement()
    {
        var denial = Claim(1, 10, "the Syrian army used chemical weapons in Khan Sheikhoun", "denied", "Igor Konashenkov", 4, []);
        var assertion = Claim(2, 11, "the Syrian army used chemical weapons in Khan Sheikhoun", "said", "Igor Konashenkov", 4, []);

        Assert.Null(ClaimDisagreementFinder.Compare(denial, assertion));
    }

    [Fact]
    public void Polarity_OnDifferentThings_IsNotADisagreement()
    {
        var denial = Claim(1, 10, "the Syrian army used chemical weapons in Khan Sheikhoun", "denied", "Igor Konashenkov", 4, []);
        var assertion = Claim(2, 11, "rebels stored grain in a warehouse near Idlib", "said", "Rex Tillerson", 5, []);

        Assert.Null(ClaimDisagreementFinder.Compare(denial, assertion));
    }

    [Fact]
    public void DenyingOneNumber_AndAssertingAnother_IsNotADisagreement()
    {
        var denial = Claim(1, 10, string.Format(StrikeTemplate, "89 people"), "denied", "Russian Defence Ministry", 6, Q("89 people", 89, "people"));
        var assertion = Claim(2, 11, string.Format(StrikeTemplate, "20 people"), "said", "Activists", null, Q("20 people", 20, "people"));

        Assert.Null(ClaimDisagreementFinder.Compare(denial, assertion));
    }

    [Fact]
    public void Find_IsIndependentOfInputOrder_AndRanksByOverlap()
    {
        ComparableClaim[] claims =
        [
            Claim(1, 10, string.Format(StrikeTemplate, "89 people"), "said", "Syrian state media", null, Q("89 people", 89, "people")),
            Claim(2, 11, string.Format(StrikeTemplate, "20 people"), "said", "Activists", null, Q("20 people", 20, "people")),
            Claim(3, 12, "the strike on the Shayrat base killed 40 people, a monitor reported", "said", "Observatory", 7, Q("40 people", 40, "people")),
            Claim(4, 12, "the Syrian army used chemical weapons in Khan Sheikhoun", "denied", "Igor Konashenkov", 4, []),
            Claim(5, 13, "the Syrian army used chemical weapons in Khan Sheikhoun", "said", "Rex Tillerson", 5, []),
        ];

        var forward = ClaimDisagreementFinder.Find(claims);
        var backward = ClaimDisagreementFinder.Find(claims.Reverse());

        Assert.Equal(forward, backward, (x, y) => (x.FirstClaimId, x.SecondClaimId, x.Kind, x.Reason) == (y.FirstClaimId, y.SecondClaimId, y.Kind, y.Reason));
        Assert.Equal([(1, 2), (4, 5), (1, 3), (2, 3)], forward.Select(d => (d.FirstClaimId, d.SecondClaimId)).ToList());
    }

    [Theory]
    [InlineData("strikes", "strik")]
    [InlineData("striking", "strik")]
    [InlineData("strike", "strik")]
    [InlineData("killed", "kill")]
    [InlineData("casualties", "casualty")]
    [InlineData("syria's", "syria")]
    [InlineData("the", null)]
    [InlineData("89", null)]
    [InlineData("not", null)]
    public void Normalise_StripsSimpleSuffixes_AndDropsStopWordsNumbersAndNegators(string word, string? expected) =>
        Assert.Equal(expected, ClaimDisagreementFinder.Normalise(word));

    private static ComparableClaim Claim(int id, int articleId, string text, string? cue, string? claimant, int? claimantEntityId, params ComparableQuantity[] quantities) =>
        new(id, articleId, text, cue, claimantEntityId, claimant, quantities);

    private static ComparableQuantity Q(string text, double value, string? unit, string? approximation = null) =>
        new(text, value, unit, approximation);
}

using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class TokenFeatureTests
{
    [Fact]
    public void FeatureHash_IsStableAcrossProcesses()
    {
        // The shipped model stores these hashes: if this value changes, the model silently stops working.
        Assert.Equal(0x59E2F2AF3E162032UL, FeatureHash.Of("Putin"));
    }

    [Theory]
    [InlineData("Putin", "Capitalized, HasLetter")]
    [InlineData("NATO", "Capitalized, AllCaps, HasLetter")]
    [InlineData("U.S.", "Capitalized, AllCaps, HasLetter, HasPeriod")]
    [InlineData("McDonald", "Capitalized, InnerCaps, HasLetter")]
    [InlineData("said", "AllLower, HasLetter")]
    [InlineData("1996", "HasDigit, AllDigits")]
    [InlineData("1996-08-22", "HasDigit, HasHyphen")]
    [InlineData("Jae-in", "Capitalized, HasLetter, HasHyphen")]
    [InlineData(",", "NoAlphanumeric")]
    public void Traits_DescribeCapitalisationAndCharacterClasses(string token, string expected)
    {
        Assert.Equal(Enum.Parse<TokenTraits>(expected), TokenProfile.Of(token).Traits);
    }

    [Theory]
    [InlineData("Putin", "PUTIN", true)]
    [InlineData("Putin", "putin", true)]
    [InlineData("1996", "2001", true)]
    [InlineData("Putin", "Puttin", false)]
    public void LowerFeature_IgnoresCaseAndDigitValues(string first, string second, bool same)
    {
        Assert.Equal(same, TokenProfile.Of(first).Lower == TokenProfile.Of(second).Lower);
    }

    [Fact]
    public void WordFeature_KeepsCase()
    {
        Assert.NotEqual(TokenProfile.Of("Putin").Word, TokenProfile.Of("PUTIN").Word);
    }

    [Fact]
    public void Affixes_AreCaseInsensitivePrefixesAndSuffixes()
    {
        var tillerson = TokenProfile.Of("Tillerson");
        var anderson = TokenProfile.Of("ANDERSON");
        Assert.Equal(tillerson.Suffix3, anderson.Suffix3);
        Assert.Equal(tillerson.Suffix4, anderson.Suffix4);
        Assert.NotEqual(tillerson.Prefix1, anderson.Prefix1);
        Assert.Equal(TokenProfile.Of("Tiller").Prefix4, tillerson.Prefix4);
    }

    [Fact]
    public void StaticFeatures_DependOnNeighbouringWords()
    {
        var gazetteer = new EntityGazetteer([], []);
        var first = new DocumentProfile([["President", "Putin", "said"]], gazetteer, WordClusters.Empty).Sentences[0];
        var second = new DocumentProfile([["Mr", "Putin", "said"]], gazetteer, WordClusters.Empty).Sentences[0];
        var a = Extract(first, 1);
        var b = Extract(second, 1);

        Assert.Equal(a.Length, a.Distinct().Count());
        Assert.NotEqual(a.ToHashSet(), b.ToHashSet());
        Assert.True(a.Intersect(b).Count() > a.Length / 2, "features of the word itself are shared");
        Assert.Equal(a, Extract(first, 1));
    }

    [Fact]
    public void DocumentFeatures_MarkHeadlineWordsWrittenInTitleCaseElsewhere()
    {
        var document = new DocumentProfile(
            [["JAPAN", "GET", "LUCKY", "WIN"], ["The", "team", "from", "Japan", "got", "lucky", "."]],
            new EntityGazetteer([], []),
            WordClusters.Empty);

        Assert.True(document.IsHeadline[0]);
        Assert.False(document.IsHeadline[1]);
        Assert.True(document.Sentences[0][0].TitleCaseElsewhere);
        Assert.False(document.Sentences[0][2].TitleCaseElsewhere);
        Assert.True(document.Sentences[0][2].LowerCaseElsewhere);
        Assert.False(document.Sentences[1][3].TitleCaseElsewhere); // only its own occurrence
    }

    [Fact]
    public void Features_NeverOverflowTheBuffer()
    {
        var words = new Dictionary<ulong, byte> { [TokenProfile.Of("Washington").Key] = 0b1111 };
        var key = EntityGazetteer.PhraseKey(FeatureHash.Seed, TokenProfile.Of("Washington").Key);
        var gazetteer = new EntityGazetteer(words, new Dictionary<ulong, byte> { [key] = 0b1111 });
        var tokens = new DocumentProfile([["WASHINGTON", "Washington", "Washington"]], gazetteer, WordClusters.Empty).Sentences[0];
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];

        var count = NerFeatures.AddStatic(tokens, 1, headline: true, features);
        count += NerFeatures.AddDynamic(tokens, 1, 1, 2, [1, 1, 1, 1, 1], features[count..]);

        Assert.True(count <= NerFeatures.MaxFeatures);
    }

    private static ulong[] Extract(TokenProfile[] tokens, int i)
    {
        var features = new ulong[NerFeatures.MaxFeatures];
        var count = NerFeatures.AddStatic(tokens, i, headline: false, features);
        return features[..count];
    }
}

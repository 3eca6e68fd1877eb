using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class WordShapeTests
{
    [Theory]
    [InlineData("Putin", "Xxxxx", "Xx")]
    [InlineData("Tillerson", "Xxxxx", "Xx")]
    [InlineData("Rex", "Xxx", "Xx")]
    [InlineData("US", "XX", "X")]
    [InlineData("NATO", "XXXX", "X")]
    [InlineData("U.S.", "X.X.", "X.X.")]
    [InlineData("42", "dd", "d")]
    [InlineData("1996-08-22", "dddd-dd-dd", "d-d-d")]
    [InlineData("McDonald", "XxXxxxx", "XxXx")]
    [InlineData("iPhone", "xXxxxx", "xXx")]
    [InlineData("said", "xxxx", "x")]
    [InlineData(",", ",", ",")]
    public void Shape_MapsCharacterClassesAndLimitsRuns(string word, string shape, string shortShape)
    {
        Assert.Equal(shape, WordShape.Of(word));
        Assert.Equal(shortShape, WordShape.ShortOf(word));
    }

    [Fact]
    public void TokenProfile_ShapeHash_MatchesTheShapeString()
    {
        // The model hashes shapes without building strings; both routes must describe the same shape.
        Assert.Equal(FeatureHash.Of(WordShape.Of("Tillerson")), TokenProfile.Of("Tillerson").Shape);
        Assert.Equal(FeatureHash.Of(WordShape.ShortOf("U.S.-led")), TokenProfile.Of("U.S.-led").ShortShape);
        Assert.Equal(TokenProfile.Of("Tillerson").Shape, TokenProfile.Of("Rexford").Shape);
        Assert.NotEqual(TokenProfile.Of("Tillerson").Shape, TokenProfile.Of("TILLERSON").Shape);
    }
}

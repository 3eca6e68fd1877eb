using NewsAnalysis.Core.Extraction.Coreference;
using Gender = NewsAnalysis.Core.Extraction.Coreference.CoreferenceStep.Gender;

namespace NewsAnalysis.Core.Tests.Extraction.Coreference;

public sealed class FirstNameGendersTests
{
    [Theory]
    [InlineData(2, 0, "Masculine")]
    [InlineData(0, 3, "Feminine")]
    [InlineData(19, 1, "Masculine")]
    [InlineData(1, 0, "Unknown")]
    [InlineData(3, 2, "Unknown")]
    [InlineData(2, 2, "Unknown")]
    public void Name_IsKeptOnlyWhenSeenEnoughAndNearlyAlwaysWithOneGender(int masculine, int feminine, string expectedGender)
    {
        var expected = Enum.Parse<Gender>(expectedGender);
        var sightings = Enumerable.Repeat(("Robin", Gender.Masculine, 1), masculine)
            .Concat(Enumerable.Repeat(("Robin", Gender.Feminine, 1), feminine));

        var names = FirstNameGenders.Build(sightings);

        Assert.Equal(expected, names.Of("Robin"));
    }

    [Fact]
    public void Names_WrittenAndRead_AreTheSame()
    {
        var names = FirstNameGenders.Build([("Karen", Gender.Feminine, 2), ("Paul", Gender.Masculine, 5), ("Kim", Gender.Masculine, 2), ("Kim", Gender.Feminine, 2)]);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            names.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = FirstNameGenders.Read(reader);

        Assert.Equal(2, read.Count);
        Assert.Equal(Gender.Feminine, read.Of("Karen"));
        Assert.Equal(Gender.Masculine, read.Of("Paul"));
        Assert.Equal(Gender.Unknown, read.Of("Kim"));
    }
}

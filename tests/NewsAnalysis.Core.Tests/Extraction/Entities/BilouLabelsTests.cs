using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class BilouLabelsTests
{
    public static TheoryData<string, string> DecodeCases => new()
    {
        { "O O O", "" },
        { "U-Person O", "0-1 Person" },
        { "B-Person L-Person O U-Location", "0-2 Person; 3-4 Location" },
        { "B-Organization I-Organization I-Organization L-Organization", "0-4 Organization" },
        { "U-Person U-Person", "0-1 Person; 1-2 Person" },
        { "B-Person L-Person B-Person L-Person", "0-2 Person; 2-4 Person" },
        // Sequences the decoder never produces still give sensible spans.
        { "B-Person I-Person", "0-2 Person" },
        { "B-Person L-Location", "0-1 Person; 1-2 Location" },
        { "O I-Misc L-Misc", "1-3 Misc" },
    };

    [Theory]
    [MemberData(nameof(DecodeCases))]
    public void Decode_TurnsLabelsIntoTokenRanges(string labels, string expected)
    {
        var entities = BilouLabels.Decode(Parse(labels));

        Assert.Equal(expected, Describe(entities));
    }

    [Theory]
    [InlineData("0-2 Person; 3-4 Location", 5)]
    [InlineData("0-1 Misc; 1-4 Organization", 4)]
    [InlineData("", 3)]
    public void Encode_ThenDecode_GivesTheSameEntities(string entities, int tokenCount)
    {
        var parsed = ParseEntities(entities);

        Assert.Equal(entities, Describe(BilouLabels.Decode(BilouLabels.Encode(parsed, tokenCount))));
    }

    [Theory]
    [InlineData("O", "B-Person", false, true)]
    [InlineData("O", "I-Person", false, false)]
    [InlineData("O", "L-Person", false, false)]
    [InlineData("B-Person", "I-Person", false, true)]
    [InlineData("B-Person", "L-Location", false, false)]
    [InlineData("I-Person", "O", false, false)]
    [InlineData("L-Person", "U-Person", false, true)]
    [InlineData("O", "B-Person", true, false)]
    [InlineData("B-Person", "I-Person", true, false)]
    public void IsAllowed_KeepsSequencesValid(string previous, string current, bool isLastToken, bool allowed)
    {
        Assert.Equal(allowed, BilouLabels.IsAllowed(Label(previous), Label(current), isLastToken));
    }

    [Theory]
    [InlineData("O", "I-Person", false, "B-Person")]
    [InlineData("O", "L-Person", false, "U-Person")]
    [InlineData("B-Person", "O", false, "L-Person")]
    [InlineData("B-Person", "I-Location", false, "L-Person")]
    [InlineData("I-Person", "I-Person", true, "L-Person")]
    [InlineData("O", "U-Location", false, "U-Location")]
    public void Oracle_RecoversFromEarlierMistakes(string previous, string gold, bool isLastToken, string expected)
    {
        Assert.Equal(expected, BilouLabels.Name(BilouLabels.Oracle(Label(previous), Label(gold), isLastToken)));
    }

    private static int Label(string name) =>
        Enumerable.Range(0, BilouLabels.Count).Single(label => BilouLabels.Name(label) == name);

    private static int[] Parse(string labels) => labels.Split(' ').Select(Label).ToArray();

    private static List<RecognizedEntity> ParseEntities(string text) =>
        text.Length == 0
            ? []
            : text.Split("; ").Select(part =>
            {
                var pieces = part.Split(' ', '-');
                return new RecognizedEntity(int.Parse(pieces[0]), int.Parse(pieces[1]), Enum.Parse<EntityType>(pieces[2]));
            }).ToList();

    private static string Describe(IEnumerable<RecognizedEntity> entities) =>
        string.Join("; ", entities.Select(e => $"{e.FirstToken}-{e.EndToken} {e.Type}"));
}

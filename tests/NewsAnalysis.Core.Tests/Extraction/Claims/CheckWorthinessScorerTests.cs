using NewsAnalysis.Core.Extraction.CheckWorthiness;
using NewsAnalysis.Training.CheckWorthiness;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class CheckWorthinessScorerTests
{
    private static readonly string[] SampleSentences =
    [
        "Unemployment rose to 8.5 percent last year, the highest in a decade.",
        "Thank you very much, it is good to be here.",
        "We will cut taxes for 95 percent of working families.",
        "Do you really believe that?",
        "In 1977, we took that away from the military.",
        "",
        "   ",
        "$$$ 100% !!! ???",
        "Ã¢â€°Â¤ mojibake \u201Cquoted\u201D text \U0001F600",
    ];

    public static TheoryData<string> Sentences => new(SampleSentences);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Score_OfAnySentence_LiesBetweenZeroAndOne(string sentence)
    {
        var score = CheckWorthinessScorer.LoadDefault().Score(sentence);

        Assert.InRange(score, 0.0, 1.0);
    }

    [Fact]
    public void SaveThenLoad_GivesIdenticalScoresAndThreshold()
    {
        var original = CheckWorthinessScorer.LoadDefault();
        using var buffer = new MemoryStream();
        original.Save(buffer);
        buffer.Position = 0;

        var loaded = CheckWorthinessScorer.Load(buffer);

        Assert.Equal(original.Threshold, loaded.Threshold);
        Assert.Equal(original.NonZeroWeightCount, loaded.NonZeroWeightCount);
        foreach (var sentence in SampleSentences)
        {
            Assert.Equal(original.Score(sentence), loaded.Score(sentence));
        }
    }

    [Fact]
    public void SaveThenLoad_OfFreshlyTrainedModel_GivesIdenticalScores()
    {
        var trained = CheckWorthinessTrainer.Train(TinyTrainingSet, new CheckWorthinessTrainingOptions { HashBits = 12 });
        using var buffer = new MemoryStream();
        trained.Save(buffer);
        buffer.Position = 0;

        var loaded = CheckWorthinessScorer.Load(buffer);

        foreach (var (text, _) in TinyTrainingSet)
        {
            Assert.Equal(trained.Score(text), loaded.Score(text));
        }
    }

    [Theory]
    [InlineData("Unemployment rose to 8.5 percent last year, the highest in a decade.", "Thank you very much, it is good to be here.")]
    [InlineData("The deficit was $1.4 trillion in 2009.", "I think we need to do better.")]
    [InlineData("He voted against the bill 20 times.", "Do you really believe that?")]
    public void ShippedModel_RanksFactualNumericClaimAboveChitChat(string claim, string chitChat)
    {
        var scorer = CheckWorthinessScorer.LoadDefault();

        Assert.True(scorer.Score(claim) > scorer.Score(chitChat), $"{scorer.Score(claim)} <= {scorer.Score(chitChat)}");
    }

    [Fact]
    public void ShippedModel_CallsObviousNumericClaimCheckWorthyAndChitChatNot()
    {
        var scorer = CheckWorthinessScorer.LoadDefault();

        Assert.True(scorer.Score("Unemployment rose to 8.5 percent last year, the highest in a decade.") >= scorer.Threshold);
        Assert.True(scorer.Score("Thank you very much, it is good to be here.") < scorer.Threshold);
    }

    [Fact]
    public void Train_WithSameExamplesAndOptions_GivesSameScores()
    {
        var options = new CheckWorthinessTrainingOptions { HashBits = 12 };

        var first = CheckWorthinessTrainer.Train(TinyTrainingSet, options);
        var second = CheckWorthinessTrainer.Train(TinyTrainingSet, options);

        Assert.Equal(first.Score("Taxes rose 3 percent."), second.Score("Taxes rose 3 percent."));
    }

    [Fact]
    public void Load_OfStreamThatIsNotAModel_ThrowsInvalidData()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("not a model"u8);
        }

        buffer.Position = 0;

        Assert.Throws<InvalidDataException>(() => CheckWorthinessScorer.Load(buffer));
    }

    [Fact]
    public void WithThreshold_KeepsScoresAndChangesOnlyTheThreshold()
    {
        var scorer = CheckWorthinessScorer.LoadDefault();

        var other = scorer.WithThreshold(0.9);

        Assert.Equal(0.9, other.Threshold);
        Assert.Equal(scorer.Score("Taxes rose 3 percent."), other.Score("Taxes rose 3 percent."));
    }

    private static readonly List<(string Text, bool CheckWorthy)> TinyTrainingSet =
    [
        ("Taxes rose 3 percent last year.", true),
        ("The deficit doubled to $400 billion.", true),
        ("He voted against the bill in 1990.", true),
        ("Thank you, it is good to be here.", false),
        ("I think we can do better.", false),
        ("What would you do about it?", false),
    ];
}

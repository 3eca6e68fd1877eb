using NewsAnalysis.Core.Extraction.CheckWorthiness;
using NewsAnalysis.Training.CheckWorthiness;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class CheckWorthinessClassifierTests
{
    private static readonly string[] Sentences =
    [
        "Unemployment rose to 8.5 percent last year, the highest in a decade.",
        "Thank you very much, it is good to be here.",
        "In 1977, we took that away from the military.",
        "",
        new string('x', 20_000),
        "Ã¢â€°Â¤ mojibake \u201Cquoted\u201D text \U0001F600",
    ];

    [Fact]
    public void Score_WithTheSentenceEncoder_GivesOneScoreInRangePerSentence()
    {
        var scores = CheckWorthinessClassifier.LoadDefault().Score(Sentences);

        Assert.Equal(Sentences.Length, scores.Length);
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
    }

    [Fact]
    public void Score_RanksAFactualClaimAboveChitChat()
    {
        var classifier = CheckWorthinessClassifier.LoadDefault();

        var scores = classifier.Score(["Unemployment rose to 8.5 percent last year, the highest in a decade.", "Thank you very much, it is good to be here."]);

        Assert.True(scores[0] >= classifier.Threshold, $"claim scored {scores[0]:F3}, threshold {classifier.Threshold:F3}");
        Assert.True(scores[1] < classifier.Threshold, $"chit-chat scored {scores[1]:F3}, threshold {classifier.Threshold:F3}");
    }

    [Fact]
    public void Score_OfOneSentence_DoesNotDependOnTheOthersInTheCall()
    {
        var classifier = CheckWorthinessClassifier.LoadDefault();

        var alone = classifier.Score([Sentences[0]])[0];
        var together = classifier.Score(Sentences)[0];

        Assert.Equal(alone, together, 5);
    }

    [Fact]
    public void WithoutTheSentenceEncoder_ScoresAreTheLexicalModels()
    {
        var classifier = CheckWorthinessClassifier.LoadDefault(useSentenceEncoder: false);

        Assert.False(classifier.UsesSentenceEncoder);
        Assert.Equal(Sentences.Select(classifier.Lexical.Score), classifier.Score(Sentences));
        Assert.Equal(classifier.Lexical.Threshold, classifier.Threshold);
    }

    [Fact]
    public void SaveHeadThenLoad_GivesIdenticalScores()
    {
        var original = CheckWorthinessClassifier.LoadDefault();
        using var buffer = new MemoryStream();
        original.SaveHead(buffer);
        buffer.Position = 0;
        using var embedder = new SentenceEmbedder();

        var loaded = CheckWorthinessClassifier.Load(original.Lexical, buffer, embedder);

        Assert.Equal(original.Threshold, loaded.Threshold);
        Assert.Equal(original.LexicalWeight, loaded.LexicalWeight);
        Assert.Equal(original.Score(Sentences), loaded.Score(Sentences));
    }

    [Fact]
    public void Load_OfAnotherModelFile_IsRejected()
    {
        using var buffer = new MemoryStream();
        CheckWorthinessScorer.LoadDefault().Save(buffer);
        buffer.Position = 0;
        using var embedder = new SentenceEmbedder();

        Assert.Throws<InvalidDataException>(() => CheckWorthinessClassifier.Load(CheckWorthinessScorer.LoadDefault(), buffer, embedder));
    }

    [Fact]
    public void Train_IsDeterministicAndLearnsASeparableSet()
    {
        var examples = Enumerable.Range(0, 60)
            .Select(i => (Text: i % 2 == 0 ? $"The deficit grew by {i} billion dollars in {1990 + i}." : $"Thank you, friend number {i}.", CheckWorthy: i % 2 == 0))
            .ToList();
        var vectors = examples.Select(e => new[] { e.CheckWorthy ? 1f : -1f, 0.5f, (e.Text.Length % 7) / 7f }).ToList();
        var lexical = CheckWorthinessTrainer.Train(examples, new CheckWorthinessTrainingOptions { HashBits = 12 });
        var options = new CheckWorthinessHeadOptions { Epochs = 6, Folds = 3 };
        using var embedder = new SentenceEmbedder();

        var first = CheckWorthinessClassifierTrainer.Train(examples, vectors, lexical, new CheckWorthinessTrainingOptions { HashBits = 12 }, options, embedder);
        var second = CheckWorthinessClassifierTrainer.Train(examples, vectors, lexical, new CheckWorthinessTrainingOptions { HashBits = 12 }, options, embedder);

        Assert.Equal(1.0, first.CrossValidated.F1);
        Assert.Equal((first.Epochs, first.Classifier.LexicalWeight, first.Classifier.Threshold), (second.Epochs, second.Classifier.LexicalWeight, second.Classifier.Threshold));
    }
}

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class ContextualTaggerTests
{
    private const int Dimensions = ContextualTokenEncoder.Dimensions;

    private static readonly IReadOnlyList<IReadOnlyList<string>> Document =
    [
        ["Angela", "Merkel", "said", "Germany", "would", "support", "the", "plan", "."],
        ["Talvo", "Brannick", "arrived", "in", "Ostrava", "on", "Monday", "."],
    ];

    [Fact]
    public void SavedTagger_LoadsWithTheSameScores()
    {
        var tagger = RandomTagger(window: 1, hidden: 8, weight: 2.5f, seed: 3);
        var vectors = RandomVectors(5, seed: 4);

        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = ContextualTagger.Load(stream);

        Assert.Equal((tagger.Window, tagger.Hidden, tagger.Weight), (loaded.Window, loaded.Hidden, loaded.Weight));
        Assert.Equal(tagger.Score(vectors, 5), loaded.Score(vectors, 5));
    }

    [Fact]
    public void Scores_AreWeightedLogProbabilities()
    {
        var tagger = RandomTagger(window: 1, hidden: 0, weight: 2f, seed: 5);
        var scores = tagger.Score(RandomVectors(3, seed: 6), 3);

        for (var i = 0; i < 3; i++)
        {
            var total = scores.AsSpan(i * ContextualTagger.Labels, ContextualTagger.Labels).ToArray().Sum(s => Math.Exp(s / 2));
            Assert.Equal(1.0, total, 4);
        }
    }

    [Fact]
    public void Load_RejectsAnotherModelFile()
    {
        using var stream = new MemoryStream();
        EntityRecognizer.LoadDefault().Save(stream);
        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => ContextualTagger.Load(stream));
    }

    [Fact]
    public void TaggerOfWeightZero_LeavesTheRecognizersEntities()
    {
        var plain = EntityRecognizer.LoadDefault();
        var accurate = plain.WithContextualTagger(EntityRecognizer.SharedEncoder(false), RandomTagger(1, 0, 0f, seed: 7));

        Assert.True(accurate.IsAccurate);
        Assert.False(plain.IsAccurate);
        Assert.Equal(Flatten(plain.RecognizeDocument(Document)), Flatten(accurate.RecognizeDocument(Document)));
    }

    [Fact]
    public void TaggersScores_JoinTheDecoding()
    {
        // A tagger sure that every token is a one-word location outweighs the perceptron everywhere.
        var outputBias = new float[ContextualTagger.Labels];
        outputBias[BilouLabels.UnitOf((int)EntityType.Location)] = 50f;
        var sure = new ContextualTagger(
            false, 0, 0, 10f, new float[Dimensions], Enumerable.Repeat(1f, Dimensions).ToArray(), [], [], new float[Dimensions * ContextualTagger.Labels], outputBias);
        var recognizer = EntityRecognizer.LoadDefault().WithContextualTagger(EntityRecognizer.SharedEncoder(false), sure);

        var entities = recognizer.RecognizeDocument(Document);

        Assert.All(entities.Zip(Document), pair => Assert.Equal(
            Enumerable.Range(0, pair.Second.Count).Select(i => new RecognizedEntity(i, i + 1, EntityType.Location)),
            pair.First));
    }

    [Fact]
    public void ShippedTagger_Loads()
    {
        var tagger = ContextualTagger.LoadDefault();

        Assert.True(tagger.Weight > 0);
        Assert.Equal(((2 * tagger.Window) + 1) * Dimensions, tagger.Inputs);
    }

    [Fact]
    public void AccurateMode_IsOnlyWhereAskedFor()
    {
        Assert.False(EntityRecognizer.LoadDefault().IsAccurate);
        Assert.True(EntityRecognizer.LoadDefault(accurate: true).IsAccurate);
    }

    [Fact]
    public void AccurateEntitiesWithoutTheEncoder_AreRefused() =>
        Assert.Throws<ArgumentException>(() => ExtractionPipeline.CreateDefault(useSentenceEncoder: false, accurateEntities: true));

    [Fact]
    public void TaggerOfTheOtherEncoderMode_IsRefused() =>
        Assert.Throws<ArgumentException>(() => EntityRecognizer.LoadDefault().WithContextualTagger(
            EntityRecognizer.SharedEncoder(!ContextualTagger.LoadDefault().DocumentContext), ContextualTagger.LoadDefault()));

    [Fact]
    public void Encoder_GivesEveryTokenAVector_AndTheSameOnesTwice()
    {
        var encoder = EntityRecognizer.SharedEncoder(false);

        var first = encoder.Encode(Document);
        var second = encoder.Encode(Document);

        Assert.Equal(Document.Select(s => s.Count * Dimensions), first.Select(v => v.Length));
        Assert.Equal(first, second);
        Assert.All(first, sentence => Assert.All(Enumerable.Range(0, sentence.Length / Dimensions), i =>
            Assert.Contains(sentence.AsSpan(i * Dimensions, Dimensions).ToArray(), v => v != 0)));
    }

    [Fact]
    public void Encoder_ReadsASentenceLongerThanOneWindow()
    {
        // 600 tokens of one piece each: three windows of the encoder.
        IReadOnlyList<string> sentence = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? "news" : "today").ToList();

        var vectors = EntityRecognizer.SharedEncoder(false).Encode([sentence])[0];

        Assert.Equal(600 * Dimensions, vectors.Length);
        Assert.All(Enumerable.Range(0, 600), i => Assert.Contains(vectors.AsSpan(i * Dimensions, Dimensions).ToArray(), v => v != 0));
    }

    [Fact]
    public void Encoder_ReadsATokenOutsideTheVocabulary()
    {
        // A control character is no word the vocabulary knows: it is read as the unknown piece, not skipped.
        var vectors = EntityRecognizer.SharedEncoder(false).Encode([["Merkel", "\u0001", "said"]])[0];

        Assert.Equal(3 * Dimensions, vectors.Length);
        Assert.Contains(vectors.AsSpan(Dimensions, Dimensions).ToArray(), v => v != 0);
    }

    private static List<RecognizedEntity> Flatten(IReadOnlyList<IReadOnlyList<RecognizedEntity>> entities) =>
        entities.SelectMany((sentence, s) => sentence.Select(e => e with { FirstToken = e.FirstToken + (100 * s), EndToken = e.EndToken + (100 * s) })).ToList();

    private static ContextualTagger RandomTagger(int window, int hidden, float weight, int seed)
    {
        var random = new Random(seed);
        var inputs = ((2 * window) + 1) * Dimensions;
        float[] Values(int count) => Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() - 0.5) / 10).ToArray();
        return new ContextualTagger(
            false,
            window,
            hidden,
            weight,
            Values(Dimensions),
            Enumerable.Range(0, Dimensions).Select(_ => 0.5f + (float)random.NextDouble()).ToArray(),
            Values(hidden * inputs),
            Values(hidden),
            Values((hidden > 0 ? hidden : inputs) * ContextualTagger.Labels),
            Values(ContextualTagger.Labels));
    }

    private static float[] RandomVectors(int tokens, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, tokens * Dimensions).Select(_ => (float)((random.NextDouble() * 4) - 2)).ToArray();
    }
}

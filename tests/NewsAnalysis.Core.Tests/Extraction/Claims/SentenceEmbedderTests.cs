using NewsAnalysis.Core.Extraction.CheckWorthiness;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class SentenceEmbedderTests : IDisposable
{
    private readonly SentenceEmbedder _embedder = new();

    // Lengths from a few word pieces to a few hundred, so that one call makes several batches of like length.
    private static readonly string[] Sentences = [.. Enumerable.Range(0, 70).Select(Sentence)];

    public void Dispose() => _embedder.Dispose();

    [Fact]
    public void Embed_OfManySentences_GivesEachTheVectorItGetsAlone()
    {
        var together = _embedder.Embed(Sentences);

        foreach (var i in new[] { 0, 1, 33, 69 })
        {
            var alone = _embedder.Embed([Sentences[i]])[0];
            Assert.Equal(SentenceEmbedder.Dimensions, together[i].Length);
            Assert.All(alone.Zip(together[i]), pair => Assert.Equal(pair.First, pair.Second, 4));
        }
    }

    [Fact]
    public void Embed_FromSeveralThreadsAtOnce_GivesTheVectorsOfOneThread()
    {
        var expected = Sentences.Select(s => _embedder.Embed([s])[0]).ToArray();

        var concurrent = new float[Sentences.Length][];
        Parallel.For(0, Sentences.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => concurrent[i] = _embedder.Embed([Sentences[i]])[0]);

        Assert.Equal(expected, concurrent);
    }

    [Fact]
    public void Embed_GivesVectorsOfLengthOne()
    {
        var vectors = _embedder.Embed(["The city spent $4 million on roads in 2019.", ""]);

        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4));
    }

    [Fact]
    public void Embed_OfNoSentences_GivesNoVectors() => Assert.Empty(_embedder.Embed([]));

    private static string Sentence(int i) =>
        string.Join(' ', Enumerable.Repeat($"The council voted {i} times on the budget of district {i % 7}.", 1 + (i % 9) * (i % 5)));
}

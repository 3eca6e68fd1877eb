using NewsAnalysis.Core.Extraction.CheckWorthiness;

namespace NewsAnalysis.Api.Tests;

/// <summary>Decision 0025: the server says which check-worthiness model scores its claims and from which score a claim is check-worthy.</summary>
public sealed class CheckWorthinessModelTests
{
    [Fact]
    public async Task ByDefault_TheLexicalModelScores_WithItsOwnThreshold()
    {
        using var factory = new NewsApiFactory();
        var client = factory.CreateClient();

        var model = await client.GetJsonAsync("/api/claims/check-worthiness");

        Assert.False(model.GetProperty("sentenceEncoder").GetBoolean());
        Assert.True(model.GetProperty("scored").GetBoolean());
        Assert.Equal(CheckWorthinessScorer.LoadDefault().Threshold, model.GetProperty("threshold").GetDouble(), 4);
    }

    [Fact]
    public async Task WithTheSentenceEncoder_TheMixedModelsThresholdIsGiven()
    {
        using var factory = new NewsApiFactory().WithWebHostBuilder(builder => builder.UseSetting("Extraction:SentenceEncoder", "true"));
        var client = factory.CreateClient();

        var model = await client.GetJsonAsync("/api/claims/check-worthiness");

        var mixed = CheckWorthinessClassifier.LoadDefault(useSentenceEncoder: true).Threshold;
        Assert.True(model.GetProperty("sentenceEncoder").GetBoolean());
        Assert.Equal(mixed, model.GetProperty("threshold").GetDouble(), 4);
        Assert.NotEqual(CheckWorthinessScorer.LoadDefault().Threshold, mixed, 3);
    }
}

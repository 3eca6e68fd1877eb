using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Attribution;

namespace NewsAnalysis.Core.Tests.Extraction.Attribution;

public sealed class RoleHistoryTests
{
    private static readonly int BSource = RoleLabels.BeginOf(AttributionRole.Source);
    private static readonly int ISource = RoleLabels.InsideOf(AttributionRole.Source);
    private static readonly int BCue = RoleLabels.BeginOf(AttributionRole.Cue);
    private static readonly int BContent = RoleLabels.BeginOf(AttributionRole.Content);
    private static readonly int IContent = RoleLabels.InsideOf(AttributionRole.Content);

    [Fact]
    public void After_FollowsTheOpenSpanTheLastCueAndTheRolesOfTheSentence()
    {
        // "Maria Delgado said the plan failed ."
        var context = Context("Maria Delgado said the plan failed.");
        int[] labels = [BSource, ISource, BCue, BContent, IContent, IContent, RoleLabels.Outside];
        var history = RoleHistory.Start;
        for (var i = 0; i < 5; i++)
        {
            history = history.At(context, i).After(i, labels[i]);
        }

        Assert.Equal(IContent, history.Previous);
        Assert.Equal(BContent, history.Previous2);
        Assert.Equal(3, history.SpanStart);
        Assert.Equal(2, history.LastCue);
        Assert.Equal(0b111, history.RolesSoFar);
        Assert.Equal(1 + (int)AttributionRole.Content, history.LastRole);

        var outside = history.At(context, 5).After(5, RoleLabels.Outside);
        Assert.Equal(-1, outside.SpanStart);
        Assert.Equal(2, outside.LastCue);
    }

    [Fact]
    public void At_ASentenceStart_ForgetsTheRolesAndCueOfTheSentenceBefore()
    {
        var context = Context("Anna Holm said so. The vote was fair.");
        var history = RoleHistory.Start;
        int[] labels = [BSource, ISource, BCue, BContent, RoleLabels.Outside];
        for (var i = 0; i < labels.Length; i++)
        {
            history = history.At(context, i).After(i, labels[i]);
        }

        var atSecondSentence = history.At(context, 5);

        Assert.Equal(0, atSecondSentence.RolesSoFar);
        Assert.Equal(0, atSecondSentence.LastRole);
        Assert.Equal(-1, atSecondSentence.LastCue);
        Assert.Equal(RoleLabels.Outside, atSecondSentence.Previous);
    }

    private static TokenContext Context(string text) => TokenContext.Of(ExtractionPipeline.CreateAttributionInputs().Analyze(text), CueVocabulary.Empty);
}

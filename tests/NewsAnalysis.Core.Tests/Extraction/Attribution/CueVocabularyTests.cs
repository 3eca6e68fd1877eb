using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Training.Attribution;

namespace NewsAnalysis.Core.Tests.Extraction.Attribution;

public sealed class CueVocabularyTests
{
    private static readonly ExtractionPipeline Inputs = ExtractionPipeline.CreateAttributionInputs();

    [Fact]
    public void Learn_KeepsWordsThatAreCuesOftenEnough_AndNoOthers()
    {
        // "decried" is a cue in all three sentences; "plan" appears in all three but is never a cue;
        // "mocked" is a cue once only.
        string[] texts =
        [
            "Ana Ruiz decried the plan.",
            "Tom Lee decried the plan loudly.",
            "The union decried the plan and Ana Ruiz mocked it.",
        ];
        var documents = texts.Select(Inputs.Analyze).ToList();
        var gold = documents.Select((d, i) => CueLabels(d, i == 2 ? ["decried", "mocked"] : ["decried"])).ToList();

        var vocabulary = AttributionTaggerTrainer.LearnCues(documents, gold, minCount: 3, minShare: 0.3);

        Assert.True(vocabulary.Contains(TokenProfile.Of("decried").Lower));
        Assert.True(vocabulary.Contains(TokenProfile.Of("Decried").Lower));
        Assert.False(vocabulary.Contains(TokenProfile.Of("plan").Lower));
        Assert.False(vocabulary.Contains(TokenProfile.Of("mocked").Lower));
        Assert.Equal(1, vocabulary.Count);
    }

    [Fact]
    public void Learn_DropsACueWordThatIsMostlyNoCue()
    {
        string[] texts = ["Ana Ruiz noted it.", "Ana noted it.", "Tom noted it.", "He noted the noted noted noted noted noted."];
        var documents = texts.Select(Inputs.Analyze).ToList();
        var gold = documents.Select((d, i) => CueLabels(d, i < 3 ? ["noted"] : [])).ToList();

        // 3 of 9 occurrences are cues: kept at a third, not at a half.
        Assert.Equal(1, AttributionTaggerTrainer.LearnCues(documents, gold, 3, 0.3).Count);
        Assert.Equal(0, AttributionTaggerTrainer.LearnCues(documents, gold, 3, 0.5).Count);
    }

    private static int[] CueLabels(AnalysisDocument document, string[] cues)
    {
        var labels = new int[document.Tokens.Count];
        for (var t = 0; t < labels.Length; t++)
        {
            if (cues.Contains(document.Tokens[t].Text))
            {
                labels[t] = RoleLabels.BeginOf(AttributionRole.Cue);
            }
        }

        return labels;
    }
}

using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Trains the accurate mode's tagger on eng.train's token vectors and chooses how much it counts beside the
/// perceptron on eng.testa (the development split): the weight with the best overall F1 on gold tokens.
/// </summary>
public static class ContextualTaggerTuning
{
    /// <summary>The weights tried, 0 being the perceptron alone.</summary>
    public static readonly IReadOnlyList<float> Weights = [0f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f];

    /// <param name="training">eng.train.</param>
    /// <param name="trainingVectors">Per document of <paramref name="training"/>, per sentence, the token vectors.</param>
    /// <param name="development">eng.testa.</param>
    /// <param name="developmentVectors">Per document of <paramref name="development"/>, per sentence, the token vectors.</param>
    /// <returns>The tagger with the chosen weight, and every weight's scores.</returns>
    public static (ContextualTagger Tagger, IReadOnlyList<(float Weight, NerScores Scores)> Tried) TrainAndTune(
        EntityRecognizer recognizer,
        IReadOnlyList<TaggedSentence> training,
        IReadOnlyList<float[][]> trainingVectors,
        IReadOnlyList<TaggedSentence> development,
        IReadOnlyList<float[][]> developmentVectors,
        ContextualTaggerOptions options,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(trainingVectors);
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(developmentVectors);
        var documents = EntityRecognizerTrainer.GroupByDocument(training);
        var gold = documents.SelectMany(d => d.Select(s => BilouLabels.Encode(s.Entities, s.Tokens.Count))).ToList();
        var tagger = ContextualTaggerTrainer.Train(trainingVectors.SelectMany(d => d).ToList(), gold, options, log);

        var seen = NerEvaluator.EntityTexts(training);
        var developmentDocuments = EntityRecognizerTrainer.GroupByDocument(development);
        var tried = new List<(float Weight, NerScores Scores)>();
        foreach (var weight in Weights)
        {
            var weighted = tagger.WithWeight(weight);
            var scores = developmentDocuments
                .Select((document, d) => EntityRecognizer.ContextualScores(weighted, document.Select(s => s.Tokens).ToList(), developmentVectors[d]))
                .ToList();
            var result = NerEvaluator.ScoreOnGoldTokens(recognizer, development, seen, scores);
            log?.Invoke($"weight {weight,4}: overall F1 {result.Overall.F1:F2} (P {result.Overall.Precision:F2} / R {result.Overall.Recall:F2}), unseen recall {result.Unseen.Recall:F2}");
            tried.Add((weight, result));
        }

        var best = tried.Where(t => t.Weight > 0).MaxBy(t => t.Scores.Overall.F1);
        return (tagger.WithWeight(best.Weight), tried);
    }
}

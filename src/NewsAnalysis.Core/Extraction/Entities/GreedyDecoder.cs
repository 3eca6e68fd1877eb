using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Labels a document left to right, one token at a time, choosing the best label that keeps the
/// BILOU sequence valid. The same loop trains the perceptron, so training sees exactly the
/// features (including its own earlier labels) that recognition will see.
/// </summary>
internal static class GreedyDecoder
{
    private const int HistorySize = 1 + BilouLabels.TypeCount;

    /// <returns>The number of tokens whose label differed from the (reachable) gold label.</returns>
    public static int Decode(
        DocumentProfile document, ILabelScorer scorer, int[][] labels, PerceptronTrainer? trainer = null, int[][]? gold = null)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[BilouLabels.Count];
        // Labels given to each capitalised word so far in this document: a name keeps its type.
        var history = new Dictionary<ulong, int[]>();
        var mistakes = 0;
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var tokens = document.Sentences[s];
            var headline = document.IsHeadline[s];
            var sentenceLabels = labels[s];
            var previous = BilouLabels.Outside;
            var previous2 = BilouLabels.Outside;
            for (var i = 0; i < tokens.Length; i++)
            {
                var count = NerFeatures.AddStatic(tokens, i, headline, features);
                var capitalized = tokens[i].Has(TokenTraits.Capitalized);
                var seen = capitalized ? history.GetValueOrDefault(tokens[i].Key) : null;
                count += NerFeatures.AddDynamic(tokens, i, previous, previous2, seen, features[count..]);
                var active = features[..count];
                scorer.Score(active, scores);

                var isLast = i == tokens.Length - 1;
                var best = -1;
                for (var label = 0; label < BilouLabels.Count; label++)
                {
                    if (BilouLabels.IsAllowed(previous, label, isLast) && (best < 0 || scores[label] > scores[best]))
                    {
                        best = label;
                    }
                }

                if (trainer is not null && gold is not null)
                {
                    var target = BilouLabels.Oracle(previous, gold[s][i], isLast);
                    if (best != target)
                    {
                        trainer.Update(active, target, best);
                        mistakes++;
                    }

                    trainer.Tick();
                }

                sentenceLabels[i] = best;
                previous2 = previous;
                previous = best;
                if (capitalized)
                {
                    if (seen is null)
                    {
                        seen = new int[HistorySize];
                        history.Add(tokens[i].Key, seen);
                    }

                    seen[BilouLabels.TypeOf(best) + 1]++;
                }
            }
        }

        return mistakes;
    }
}

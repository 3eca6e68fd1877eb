using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Labels each paragraph left to right, one token at a time, choosing the best label that keeps the
/// BIO sequence valid. The same loop trains the perceptron, so training sees exactly the features
/// (including its own earlier labels) that tagging will see.
/// </summary>
internal static class AttributionDecoder
{
    /// <param name="labels">One label per document token, overwritten.</param>
    /// <returns>The number of tokens whose label differed from the (reachable) gold label.</returns>
    public static int Decode(TokenContext context, ILabelScorer scorer, int[] labels, PerceptronTrainer? trainer = null, int[]? gold = null)
    {
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[RoleLabels.Count];
        var mistakes = 0;
        foreach (var (lo, hi) in context.Units)
        {
            var previous = RoleLabels.Outside;
            var previous2 = RoleLabels.Outside;
            var rolesSoFar = 0;
            var lastRole = 0;
            for (var i = lo; i < hi; i++)
            {
                if (context.SentenceStart[i] == i)
                {
                    rolesSoFar = 0;
                    lastRole = 0;
                }

                var count = AttributionFeatures.AddStatic(context, lo, hi, i, features);
                count += AttributionFeatures.AddDynamic(context, hi, i, previous, previous2, rolesSoFar, lastRole, features[count..]);
                var active = features[..count];
                scorer.Score(active, scores);

                var best = -1;
                for (var label = 0; label < RoleLabels.Count; label++)
                {
                    if (RoleLabels.IsAllowed(previous, label) && (best < 0 || scores[label] > scores[best]))
                    {
                        best = label;
                    }
                }

                if (trainer is not null && gold is not null)
                {
                    var target = RoleLabels.Oracle(previous, gold[i]);
                    if (best != target)
                    {
                        trainer.Update(active, target, best);
                        mistakes++;
                    }

                    trainer.Tick();
                }

                labels[i] = best;
                previous2 = previous;
                previous = best;
                if (RoleLabels.RoleOf(best) is { } role)
                {
                    rolesSoFar |= 1 << (int)role;
                    lastRole = 1 + (int)role;
                }
            }
        }

        return mistakes;
    }
}

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

    /// <summary>
    /// Two passes: the first labels the document as above; the second labels it again, each capitalised
    /// word also seeing the types the first pass gave its other mentions anywhere in the document, later
    /// ones included (Ratinov &amp; Roth 2009's two-stage prediction aggregation), so that "Brannick" in the
    /// headline learns from "Talvo Brannick said" three sentences down.
    /// </summary>
    /// <param name="contextualScores">
    /// Recognition only: per sentence, scores to add to each token's labels (<see cref="ContextualTagger.Score"/>),
    /// the accurate mode's second opinion; null leaves the perceptron alone.
    /// </param>
    /// <returns>The number of tokens, over both passes, whose label differed from the (reachable) gold label.</returns>
    public static int Decode(
        DocumentProfile document, ILabelScorer scorer, int[][] labels, PerceptronTrainer? trainer = null, int[][]? gold = null, float[][]? contextualScores = null)
    {
        if (contextualScores is not null && trainer is not null)
        {
            throw new ArgumentException("The contextual scores join recognition only.", nameof(contextualScores));
        }

        // In recognition the weights stay fixed, so the second pass reuses each token's score over its static
        // features from the first and adds only the label-dependent ones: the same sums, at a fraction of the cost.
        // Training scores everything afresh, since its weights change between the passes.
        var staticScores = trainer is null ? new float[labels.Length][] : null;
        var mistakes = DecodePass(document, scorer, labels, null, staticScores, trainer, gold, contextualScores);
        var votes = new Dictionary<ulong, int[]>();
        var firstPass = new int[labels.Length][];
        for (var s = 0; s < labels.Length; s++)
        {
            firstPass[s] = (int[])labels[s].Clone();
            var tokens = document.Sentences[s];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Has(TokenTraits.Capitalized))
                {
                    if (!votes.TryGetValue(tokens[i].Key, out var counts))
                    {
                        counts = new int[HistorySize];
                        votes.Add(tokens[i].Key, counts);
                    }

                    counts[BilouLabels.TypeOf(labels[s][i]) + 1]++;
                }
            }
        }

        return mistakes + DecodePass(document, scorer, labels, (votes, firstPass), staticScores, trainer, gold, null);
    }

    private static int DecodePass(
        DocumentProfile document,
        ILabelScorer scorer,
        int[][] labels,
        (Dictionary<ulong, int[]> Counts, int[][] Labels)? votes,
        float[][]? staticScores,
        PerceptronTrainer? trainer,
        int[][]? gold,
        float[][]? contextualScores)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[BilouLabels.Count];
        Span<int> others = stackalloc int[HistorySize];
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
            var cached = staticScores is null ? null : staticScores[s] ??= new float[tokens.Length * BilouLabels.Count];
            for (var i = 0; i < tokens.Length; i++)
            {
                var count = 0;
                if (cached is null)
                {
                    count = NerFeatures.AddStatic(tokens, i, headline, features);
                }
                else if (votes is null)
                {
                    scorer.Score(features[..NerFeatures.AddStatic(tokens, i, headline, features)], scores);
                    if (contextualScores is not null)
                    {
                        // Kept with the static scores, so the second pass reads them too.
                        var extra = contextualScores[s].AsSpan(i * BilouLabels.Count, BilouLabels.Count);
                        for (var label = 0; label < BilouLabels.Count; label++)
                        {
                            scores[label] += extra[label];
                        }
                    }

                    scores.CopyTo(cached.AsSpan(i * BilouLabels.Count, BilouLabels.Count));
                }
                else
                {
                    cached.AsSpan(i * BilouLabels.Count, BilouLabels.Count).CopyTo(scores);
                }

                var capitalized = tokens[i].Has(TokenTraits.Capitalized);
                var seen = capitalized ? history.GetValueOrDefault(tokens[i].Key) : null;
                count += NerFeatures.AddDynamic(tokens, i, previous, previous2, seen, features[count..]);
                if (votes is { } first && capitalized && first.Counts.TryGetValue(tokens[i].Key, out var counts))
                {
                    // The other mentions only: the token's own first-pass label is no evidence about itself.
                    counts.CopyTo(others);
                    others[BilouLabels.TypeOf(first.Labels[s][i]) + 1]--;
                    count += NerFeatures.AddVotes(others, features[count..]);
                }

                var active = features[..count];
                if (cached is null)
                {
                    scorer.Score(active, scores);
                }
                else
                {
                    scorer.Accumulate(active, scores);
                }

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

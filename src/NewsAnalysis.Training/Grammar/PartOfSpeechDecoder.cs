using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// Tags one sentence left to right, each token getting its best-scoring tag given the two tags chosen
/// before it. The same loop trains the perceptron, so training sees exactly the features (including its
/// own earlier tags) that tagging will see. No sequence constraints: any Penn tag may follow any other.
/// </summary>
internal static class PartOfSpeechDecoder
{
    /// <summary>The "tag" before the first token of a sentence: one past the last real tag number.</summary>
    public static int StartTag(int tagCount) => tagCount;

    /// <param name="tags">One tag number per token, overwritten.</param>
    /// <param name="gold">When training: the gold tag numbers; the trainer learns from each mistake.</param>
    /// <returns>The number of tokens whose tag differed from the gold tag (0 when not training).</returns>
    public static int Decode(
        ReadOnlySpan<TokenProfile> tokens, ReadOnlySpan<ulong> classes, ILabelScorer scorer, int tagCount, Span<int> tags, PerceptronTrainer? trainer = null, ReadOnlySpan<int> gold = default)
    {
        Span<ulong> features = stackalloc ulong[PartOfSpeechFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[tagCount];
        var previous = StartTag(tagCount);
        var previous2 = StartTag(tagCount);
        var mistakes = 0;
        var headline = PartOfSpeechFeatures.IsHeadline(tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            var count = PartOfSpeechFeatures.AddStatic(tokens, classes, i, headline, features);
            count += PartOfSpeechFeatures.AddDynamic(tokens, classes, i, previous, previous2, features[count..]);
            var active = features[..count];
            scorer.Score(active, scores);

            var best = 0;
            for (var tag = 1; tag < tagCount; tag++)
            {
                if (scores[tag] > scores[best])
                {
                    best = tag;
                }
            }

            if (trainer is not null)
            {
                if (best != gold[i])
                {
                    trainer.Update(active, gold[i], best);
                    mistakes++;
                }

                trainer.Tick();
            }

            tags[i] = best;
            previous2 = previous;
            previous = best;
        }

        return mistakes;
    }
}

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>conlleval-style scores: exact match of type and both boundaries, per type and micro-averaged.</summary>
public sealed class NerScores
{
    private readonly EntityScore[] _byType = new EntityScore[BilouLabels.TypeCount];

    public EntityScore Overall => _byType.Aggregate(default(EntityScore), (sum, score) => sum + score);

    public EntityScore For(EntityType type) => _byType[(int)type];

    /// <summary>
    /// Entities whose exact text never occurs as an entity in the training data (both gold and predicted
    /// ones are counted by their own text), scored as <see cref="Overall"/> is; empty when no training
    /// entities were given to the evaluator.
    /// </summary>
    public EntityScore Unseen { get; private set; }

    /// <summary>Gold tokens that the product tokenizer split into several tokens (rebuilt-text mode only).</summary>
    public int SplitGoldTokens { get; internal set; }

    /// <summary>Gold sentences that the product sentence splitter cut in two or more (rebuilt-text mode only).</summary>
    public int SplitGoldSentences { get; internal set; }

    /// <param name="isUnseen">Whether an entity's text never occurs as a training entity; null counts none as unseen.</param>
    internal void Add<TKey>(
        IEnumerable<(TKey Key, EntityType Type)> gold, IEnumerable<(TKey Key, EntityType Type)> predicted, Func<TKey, bool>? isUnseen = null)
        where TKey : notnull
    {
        var goldSet = gold.ToHashSet();
        foreach (var (key, type) in goldSet)
        {
            _byType[(int)type] += new EntityScore(1, 0, 0);
            if (isUnseen is not null && isUnseen(key))
            {
                Unseen += new EntityScore(1, 0, 0);
            }
        }

        foreach (var entity in predicted.ToHashSet())
        {
            var correct = goldSet.Contains(entity) ? 1 : 0;
            _byType[(int)entity.Type] += new EntityScore(0, 1, correct);
            if (isUnseen is not null && isUnseen(entity.Key))
            {
                Unseen += new EntityScore(0, 1, correct);
            }
        }
    }
}

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;

namespace NewsAnalysis.Training.Entities;

/// <summary>conlleval-style scores: exact match of type and both boundaries, per type and micro-averaged.</summary>
public sealed class NerScores
{
    private readonly EntityScore[] _byType = new EntityScore[BilouLabels.TypeCount];

    public EntityScore Overall => _byType.Aggregate(default(EntityScore), (sum, score) => sum + score);

    public EntityScore For(EntityType type) => _byType[(int)type];

    /// <summary>Gold tokens that the product tokenizer split into several tokens (rebuilt-text mode only).</summary>
    public int SplitGoldTokens { get; internal set; }

    /// <summary>Gold sentences that the product sentence splitter cut in two or more (rebuilt-text mode only).</summary>
    public int SplitGoldSentences { get; internal set; }

    internal void Add<TKey>(IEnumerable<(TKey Key, EntityType Type)> gold, IEnumerable<(TKey Key, EntityType Type)> predicted)
        where TKey : notnull
    {
        var goldSet = gold.ToHashSet();
        foreach (var (_, type) in goldSet)
        {
            _byType[(int)type] += new EntityScore(1, 0, 0);
        }

        foreach (var entity in predicted.ToHashSet())
        {
            _byType[(int)entity.Type] += new EntityScore(0, 1, goldSet.Contains(entity) ? 1 : 0);
        }
    }
}

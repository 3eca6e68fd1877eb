namespace NewsAnalysis.Training.Grammar;

/// <summary>Token accuracy of a tagger and its most frequent confusions.</summary>
public sealed class TagAccuracy
{
    private readonly Dictionary<(string Gold, string Predicted), int> _confusions = [];

    public int Tokens { get; private set; }

    public int Correct { get; private set; }

    /// <summary>Gold tokens whose exact character span the product tokenizer did not reproduce (counted wrong).</summary>
    public int SplitGoldTokens { get; private set; }

    public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;

    public void Add(string gold, string? predicted)
    {
        Tokens++;
        if (predicted is null)
        {
            SplitGoldTokens++;
        }
        else if (predicted == gold)
        {
            Correct++;
        }
        else
        {
            _confusions[(gold, predicted)] = _confusions.GetValueOrDefault((gold, predicted)) + 1;
        }
    }

    /// <summary>The <paramref name="count"/> most frequent (gold, predicted) mistakes.</summary>
    public IReadOnlyList<(string Gold, string Predicted, int Count)> TopConfusions(int count) =>
        _confusions.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Gold, StringComparer.Ordinal).ThenBy(c => c.Key.Predicted, StringComparer.Ordinal)
            .Take(count).Select(c => (c.Key.Gold, c.Key.Predicted, c.Value)).ToList();
}

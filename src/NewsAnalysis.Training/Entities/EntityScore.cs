namespace NewsAnalysis.Training.Entities;

/// <summary>Entity-level exact-match counts and the precision, recall and F1 (0-100) they give.</summary>
public readonly record struct EntityScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static EntityScore operator +(EntityScore left, EntityScore right) =>
        new(left.Gold + right.Gold, left.Predicted + right.Predicted, left.Correct + right.Correct);
}

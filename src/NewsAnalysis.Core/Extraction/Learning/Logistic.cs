namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>The logistic function that the product's three logistic-regression models (check-worthiness, its encoder head, the claim content chooser) score with.</summary>
internal static class Logistic
{
    /// <summary>1 / (1 + e^-margin), computed without overflow for margins of either sign.</summary>
    public static double Sigmoid(double margin) => margin >= 0
        ? 1.0 / (1.0 + Math.Exp(-margin))
        : Math.Exp(margin) / (1.0 + Math.Exp(margin));
}

namespace NewsAnalysis.Training.Pages;

/// <summary>
/// The benchmark's figures over pages: precision and recall averaged over pages (a macro average, so that a short
/// page counts as much as a long one) and F1 from the two averages.
/// </summary>
public sealed record ExtractionScores(double Precision, double Recall, int Pages)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Averages the pages' scores; no page gives zeros.</summary>
    public static ExtractionScores Average(IReadOnlyCollection<ShingleScore> pages) => pages.Count == 0
        ? new ExtractionScores(0, 0, 0)
        : new ExtractionScores(pages.Average(p => p.Precision), pages.Average(p => p.Recall), pages.Count);
}

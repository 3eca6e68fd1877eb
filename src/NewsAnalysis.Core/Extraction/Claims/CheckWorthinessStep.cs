namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>Scores every claim for check-worthiness, so that users can rank what to verify first.</summary>
public sealed class CheckWorthinessStep(CheckWorthinessScorer scorer) : IAnalysisStep
{
    public void Run(AnalysisDocument document)
    {
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            document.Claims[i] = claim with { CheckWorthiness = Math.Round(scorer.Score(document.TextOf(claim.Span)), 4) };
        }
    }
}

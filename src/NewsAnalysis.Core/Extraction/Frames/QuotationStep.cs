using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>Finds the quoted stretches of each paragraph (<see cref="QuotationFinder"/>), marks excluded.</summary>
public sealed class QuotationStep : IAnalysisStep
{
    public IReadOnlyList<DocumentLayer> Reads { get; } = [DocumentLayer.Segments];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.Quotations];

    public void Run(AnalysisDocument document) =>
        document.Quotations.AddRange(QuotationFinder.Find(document.Text, document.Paragraphs));
}

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// One stage of the extraction pipeline: reads what earlier steps found and adds its own. A step writes only the
/// layers it declares and never changes a layer another step wrote; the pipeline checks the declarations.
/// </summary>
/// <remarks>Implementations are immutable after construction so one instance serves every request.</remarks>
public interface IAnalysisStep
{
    /// <summary>The layers this step needs, written by earlier steps.</summary>
    IReadOnlyList<DocumentLayer> Reads { get; }

    /// <summary>The layers this step fills; no other step writes them.</summary>
    IReadOnlyList<DocumentLayer> Writes { get; }

    void Run(AnalysisDocument document);
}

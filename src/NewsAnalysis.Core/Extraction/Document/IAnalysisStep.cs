namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>One stage of the extraction pipeline: reads what earlier steps found and adds its own.</summary>
/// <remarks>Implementations are immutable after construction so one instance serves every request.</remarks>
public interface IAnalysisStep
{
    void Run(AnalysisDocument document);
}

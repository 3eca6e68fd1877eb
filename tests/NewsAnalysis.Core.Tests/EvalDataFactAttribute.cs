namespace NewsAnalysis.Core.Tests;

/// <summary>
/// A fact that reads a file or folder of ../shared/eval. xunit 2 cannot skip at run time, so the check happens when
/// the attribute is read: where the data is absent the test is reported as skipped with its reason, never as passed.
/// </summary>
public sealed class EvalDataFactAttribute : FactAttribute
{
    /// <param name="relative">The path under shared/eval, one segment per argument ("conll2003", "eng.testa").</param>
    public EvalDataFactAttribute(params string[] relative)
    {
        if (EvalData.Find(relative) is null)
        {
            Skip = $"shared/eval/{string.Join('/', relative)} is not beside the checkout (above {AppContext.BaseDirectory})";
        }
    }
}

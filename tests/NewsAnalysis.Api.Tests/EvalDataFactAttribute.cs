namespace NewsAnalysis.Api.Tests;

/// <summary>
/// A fact that reads a folder of ../shared/eval; where it is absent the test is reported as skipped with the reason
/// (the check happens when the attribute is read, as xunit 2 cannot skip at run time).
/// </summary>
public sealed class EvalDataFactAttribute : FactAttribute
{
    /// <param name="relative">The folder under shared/eval ("polnear/train/text").</param>
    public EvalDataFactAttribute(string relative)
    {
        if (EvalData.Folder(relative) is null)
        {
            Skip = $"shared/eval/{relative} is not beside the checkout (above {AppContext.BaseDirectory})";
        }
    }
}

using System.Reflection;
using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Core.Tests.Architecture;

/// <summary>
/// Core stays a library whose namespaces form layers: the text primitives, word lists and learning engine at the
/// bottom, the document above them, the steps above the document, the pipeline on top. A cycle would mean a shared
/// piece sits inside one step's folder.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Core = typeof(ExtractionPipeline).Assembly;

    [Fact]
    public void CoreNamespaces_HaveNoCycle()
    {
        var graph = NamespaceDependencies.Of(Core);

        var cycle = NamespaceDependencies.FindCycle(graph);

        Assert.True(cycle is null, "Namespace cycle in NewsAnalysis.Core: " + string.Join(" -> ", cycle ?? []));
    }

    [Fact]
    public void CycleFinder_FindsACycleThroughAParentNamespace()
    {
        // What an unqualified reference from a step to the pipeline's namespace would create.
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["A.Steps"],
            ["A.Steps"] = ["A.Document", "A"],
            ["A.Document"] = [],
        };

        Assert.Equal(["A", "A.Steps", "A"], NamespaceDependencies.FindCycle(graph));
    }

    [Fact]
    public void DependencyReader_SeesReferencesInsideMethodBodiesAndLambdas()
    {
        var graph = NamespaceDependencies.Of(Core);

        // ExtractionPipeline builds the steps only inside method bodies.
        Assert.Contains("NewsAnalysis.Core.Extraction.Entities", graph["NewsAnalysis.Core.Extraction"]);
        // The entity step reads the document.
        Assert.Contains("NewsAnalysis.Core.Extraction.Document", graph["NewsAnalysis.Core.Extraction.Entities"]);
    }

    [Theory]
    [InlineData("NewsAnalysis.Core.Text")]
    [InlineData("NewsAnalysis.Core.Domain")]
    [InlineData("NewsAnalysis.Core.Extraction.Learning")]
    public void LowestLayers_UseNoExtractionStep(string bottom)
    {
        var graph = NamespaceDependencies.Of(Core);

        var uses = graph.GetValueOrDefault(bottom, []);

        Assert.DoesNotContain(uses, n => n.StartsWith("NewsAnalysis.Core.Extraction.", StringComparison.Ordinal)
            && n is not "NewsAnalysis.Core.Extraction.Learning" and not "NewsAnalysis.Core.Extraction.Lexicons");
    }
}

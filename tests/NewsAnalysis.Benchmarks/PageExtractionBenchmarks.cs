using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsAnalysis.Core.Pages;
using NewsAnalysis.Training.Pages;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// The article-page extractor alone over the article-extraction benchmark's 121 pages, on one thread. One operation is
/// one page, so pages per second = 1e9 / Mean(ns); the Mean page column gives their size. Without shared/eval the
/// benchmark says so and reads no page.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PageSizeConfig))]
public class PageExtractionBenchmarks
{
    private const int Pages = 121; // pages of article-extraction, checked in GlobalSetup
    private readonly ArticlePageExtractor _extractor = new();
    private ExtractionPage[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        _pages = LoadPages().ToArray();
        if (_pages.Length == 0)
        {
            Console.WriteLine("// shared/eval/article-extraction is absent: PageExtractionBenchmarks reads no page and its figure means nothing");
        }
        else if (_pages.Length != Pages)
        {
            throw new InvalidOperationException($"article-extraction has {_pages.Length} pages, the benchmark expects {Pages}");
        }
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int ExtractBenchmarkPages()
    {
        var characters = 0;
        foreach (var page in _pages)
        {
            characters += _extractor.Extract(page.Html, page.Url)?.Body.Length ?? 0;
        }

        return characters;
    }

    private static IReadOnlyList<ExtractionPage> LoadPages()
    {
        try
        {
            return ArticleExtractionSet.Read(EvalFiles.Folder("article-extraction"));
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }

    private sealed class PageSizeConfig : ManualConfig
    {
        public PageSizeConfig() => AddColumn(new PageSizeColumn(() => PageSizeColumn.Describe(LoadPages().Select(p => p.Html).ToArray())));
    }
}

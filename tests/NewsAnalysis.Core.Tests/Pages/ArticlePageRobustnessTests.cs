using System.Text;
using NewsAnalysis.Core.Pages;

namespace NewsAnalysis.Core.Tests.Pages;

public sealed class ArticlePageRobustnessTests
{
    private static readonly ArticlePageExtractor Extractor = new();

    public static TheoryData<string, string> Garbage => new()
    {
        { "empty", "" },
        { "white space", " \n\t " },
        { "plain text", "Just some words without any markup at all." },
        { "unclosed tags", "<html><body><div><p>Open <b>bold <i>italic <a href='x'>link" },
        { "stray closing tags", "</div></p></body></html></span>" },
        { "broken attributes", "<div class=\"a' id=<p>>< <p =x> text </ div>" },
        { "broken json-ld", "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script><p>text</p>" },
        { "json-ld of wrong shapes", "<script type='application/ld+json'>[1, \"a\", null, {\"@type\": 5, \"author\": {\"name\": 3}}]</script>" },
        { "bad dates and urls", "<meta property='article:published_time' content='yesterday'><link rel='canonical' href='javascript:alert(1)'><time datetime='99-99-99'>x</time>" },
        { "control characters", "<p>\0\u0001\u001f\uffff\ud800</p>" },
        { "binary", Encoding.Latin1.GetString(Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray()) },
        { "deep nesting", string.Concat(Enumerable.Repeat("<div>", 20_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 20_000)) },
        { "unclosed formatting", string.Concat(Enumerable.Repeat("<b><i><a href='x'>", 5_000)) + "text" },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Extract_DoesNotThrow_OnGarbage(string name, string html)
    {
        var exception = Record.Exception(() => Extractor.Extract(html, new Uri("https://example.com/page")));

        Assert.True(exception is null, $"{name}: {exception}");
    }

    [Fact]
    public void Extract_ReadsAHugePageWhole_WithWorkLinearInItsSize()
    {
        var paragraph = "<p>The council met again on Thursday, and the members agreed that the bridge would close for repairs.</p>";
        var small = Page(string.Concat(Enumerable.Repeat(paragraph, 2_000)));
        var huge = Page(string.Concat(Enumerable.Repeat(paragraph, 40_000)));
        Extractor.Extract(small, null);

        var smallBytes = AllocatedBy(small);
        var hugeBytes = AllocatedBy(huge);
        var page = Extractor.Extract(huge, null);

        Assert.NotNull(page);
        Assert.Equal(40_000, page.Body.Split("\n\n").Length);

        // The memory the extraction allocates stands in for its work, without a clock (tests do not time): twenty
        // times the page within forty times the allocations; work that grew with the square of the page would copy
        // strings of its length for each paragraph and allocate some four hundred times as much.
        Assert.True(hugeBytes < smallBytes * 40, $"small {smallBytes:N0} bytes, huge {hugeBytes:N0} bytes");
    }

    private static long AllocatedBy(string html)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Extractor.Extract(html, null);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string Page(string body) => $"<html><body><article>{body}</article></body></html>";
}

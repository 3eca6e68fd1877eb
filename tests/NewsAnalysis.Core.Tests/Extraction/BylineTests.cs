using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Segmentation;

namespace NewsAnalysis.Core.Tests.Extraction;

public sealed class BylineTests
{
    [Theory]
    [InlineData("Story text.\n\n  \u2022 Julie Sanders", "Julie Sanders")]
    [InlineData("Story text.\nBy John Smith\n", "John Smith")]
    [InlineData("Story text.\n- Anna Maria Lopez", "Anna Maria Lopez")]
    [InlineData("Story text.\nThe end of the story came quickly.", null)]
    [InlineData("Only one line by Julie Sanders", null)]
    public void TrailingByline_NamesTheAuthor_AndIsNotStoryText(string text, string? author)
    {
        var document = new AnalysisDocument(text);
        new TextSegmentationStep().Run(document);
        Assert.Equal(author, document.Author);
        if (author is not null)
        {
            Assert.DoesNotContain(document.Tokens, t => t.Text == author.Split(' ')[0]);
        }
    }
}

using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Putin met U.S. Secretary of State Rex Tillerson. He said no.", new[] { "Putin met U.S. Secretary of State Rex Tillerson.", "He said no." })]
    [InlineData("Mr. Smith left. Dr. Jones stayed.", new[] { "Mr. Smith left.", "Dr. Jones stayed." })]
    [InlineData("\"We don't want a new Cold War.\" Only weeks ago, it changed.", new[] { "\"We don't want a new Cold War.\"", "Only weeks ago, it changed." })]
    [InlineData("He went to the U.S. The trip was long.", new[] { "He went to the U.S.", "The trip was long." })]
    [InlineData("Headline without a stop\nFirst sentence here.", new[] { "Headline without a stop", "First sentence here." })]
    [InlineData("\"Is it over?\" he asked.", new[] { "\"Is it over?\" he asked." })]
    public void Split_FindsSentenceEnds(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal(expected, sentences.Select(s => text[s.Start..s.End]).ToArray());
    }
}

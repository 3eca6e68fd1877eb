using System.Text;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction;

/// <summary>
/// A body at the length limit, of any content, is analysed in time and memory in proportion to its length (issue
/// 17: "1,000 " repeated took 352 s and 11.9 GB, "said " repeated 64 s). The tests never time anything: they run the
/// whole 500,000-character bodies, which a quadratic step would make run for minutes, and check the structures whose
/// size made the work quadratic: no sentence longer than the cap, no claim holding more numbers or text than a
/// sentence, the claims together no longer than a few times the body.
/// </summary>
public sealed class AnalysisCostTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault(useSentenceEncoder: false);

    public static TheoryData<string, string> Bodies => new()
    {
        { "numbers", "1,000 " },
        { "said", "said " },
        { "quoted speech without sentence ends", "\u201Cyes\u201D he said " },
        { "thousands of names", "Anna Berg met Carl Dahl in Oslo. " },
        { "initials", "a.b." },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void BodyAtTheLengthLimit_IsAnalysedWithBoundedSentencesAndClaims(string name, string piece)
    {
        var body = Repeat(piece, ArticleLimits.MaxBodyLength);

        var document = Pipeline.Analyze(body);

        Assert.True(document.Sentences.Count > 0, name);
        Assert.All(document.Sentences, s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        Assert.All(document.Claims, c => Assert.InRange(c.Quantities.Count, 0, QuantityParser.MaxPerSpan));
        var claimText = document.Claims.Sum(c => (long)c.Span.Length);
        Assert.InRange(claimText, 0, 4L * body.Length);
    }

    [Fact]
    public void SentenceSplitter_CutsARunWithoutSentenceEnds_AfterItsLastCommaInReach()
    {
        var text = Repeat("word word, ", 20 * SentenceSplitter.MaxTokens);
        var tokens = Tokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.All(sentences, s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        Assert.All(sentences.SkipLast(1), s => Assert.Equal(",", tokens[s.EndToken - 1].Text));
        Assert.Equal(tokens.Count, sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void IsQuoted_AnswersForEveryPosition_AsTheQuotationsSay()
    {
        var document = new AnalysisDocument(new string('x', 100));
        document.Quotations.Add(new Quotation(new TextSpan(10, 40), 0, false));
        document.Quotations.Add(new Quotation(new TextSpan(20, 30), 0, false));
        document.Quotations.Add(new Quotation(new TextSpan(50, 60), 0, false));

        var quoted = Enumerable.Range(0, 100).Where(document.IsQuoted).ToList();

        Assert.Equal([.. Enumerable.Range(10, 30), .. Enumerable.Range(50, 10)], quoted);
    }

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
        {
            text.Append(piece);
        }

        return text.ToString(0, length);
    }
}

using System.Text;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction;

/// <summary>
/// Any text a client can post must analyse without an exception and with every span inside the body:
/// the extraction rules index tokens around quotation marks, dashes, colons and parentheses, so the test
/// throws those at the pipeline in random order, with and without words around them.
/// </summary>
public sealed class PipelineRobustnessTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static readonly string[] Pieces =
    [
        "\"", "\u201C", "\u201D", "''", "'", "\u2018", "\u2019", "\u2015", "\u2014", "--", "-", ":", ",", ".", "?", "!",
        "(", ")", ";", "\n", "\n\n", " ", " ", " ", "said", "says", "told", "according to", "he", "She", "it", "who",
        "WALLACE:", "PENCE", "Rep.", "Jane Doe", "(D-Wis.)", "Sen. Tom Berg", "the letter reads", "Poll:", "The Latest:",
        "$", "%", "20", "1.5 million", "more than 80", "Moscow", "the ministry", "a spokesman", "that", "and", "but",
        "denied", "what he called", "as he put it", "shot back", "went on", "VIDEO:", "\u2026", "Mr.", "U.S.",
    ];

    [Fact]
    public void RandomTexts_AnalyseWithoutErrors_AndEverySpanLiesInTheText()
    {
        var random = new Random(20261126);
        int quotes = 0, speakers = 0, claims = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            var body = text.ToString();
            AnalysisDocument document;
            try
            {
                document = Pipeline.Analyze(body);
            }
            catch (Exception exception)
            {
                Assert.Fail($"analysing {Show(body)} threw {exception}");
                return;
            }

            var spans = document.Mentions.Select(m => m.Span)
                .Concat(document.Quotes.SelectMany(q => Spans(q.Span, q.Cue, q.Speaker?.Mention)))
                .Concat(document.Claims.SelectMany(c => Spans(c.Span, c.Cue, c.Claimant?.Mention)))
                .Concat(document.Claims.SelectMany(c => c.Quantities.Select(q => q.Span)));
            foreach (var span in spans)
            {
                Assert.True(span.Start >= 0 && span.Start <= span.End && span.End <= body.Length, $"span {span} outside {Show(body)}");
            }

            Assert.Equal(document.Claims.Count, document.ClaimScores.Count);
            Assert.All(document.ClaimScores, score => Assert.InRange(score, 0, 1));
            quotes += document.Quotes.Count;
            speakers += document.Quotes.Count(q => q.Speaker is not null);
            claims += document.Claims.Count;
        }

        // The random texts reach the rules under test, not only the tokenizer.
        Assert.True(quotes > 100 && speakers > 20 && claims > 100, $"{quotes} quotes, {speakers} with a speaker, {claims} claims");
    }

    private static IEnumerable<TextSpan> Spans(TextSpan span, TextSpan? cue, TextSpan? source) =>
        new[] { span, cue, source }.OfType<TextSpan>();

    private static string Show(string body) => "\"" + body.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}

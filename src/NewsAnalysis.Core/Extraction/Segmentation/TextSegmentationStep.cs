using System.Text.RegularExpressions;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Segmentation;

/// <summary>
/// Finds the byline, then splits the story into paragraphs, tokens and sentences.
/// A trailing line such as "  • Julie Sanders" or "By Julie Sanders" names the author and is not story text.
/// </summary>
public sealed partial class TextSegmentationStep : IAnalysisStep
{
    public IReadOnlyList<DocumentLayer> Reads { get; } = [];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.Segments];

    public void Run(AnalysisDocument document)
    {
        var text = document.Text;
        var byline = FindByline(text);
        if (byline is { } found)
        {
            document.Author = found.Author;
            document.ContentEnd = found.LineStart;
        }

        document.Paragraphs = SplitParagraphs(text, document.ContentEnd);
        document.Tokens = Tokenizer.Tokenize(text, 0, document.ContentEnd);
        document.Sentences = SentenceSplitter.Split(text, document.Tokens);
    }

    internal static (string Author, int LineStart)? FindByline(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', end - 1) + 1;
        if (lineStart == 0)
        {
            return null;
        }

        var match = BylinePattern().Match(text[lineStart..end]);
        return match.Success ? (match.Groups["name"].Value, lineStart) : null;
    }

    private static List<TextSpan> SplitParagraphs(string text, int end)
    {
        var paragraphs = new List<TextSpan>();
        var i = 0;
        while (i < end)
        {
            var lineEnd = text.IndexOf('\n', i, end - i);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            int s = i, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                paragraphs.Add(new TextSpan(s, e));
            }

            i = lineEnd + 1;
        }

        return paragraphs;
    }

    // A bullet, dash or "By" followed by two to five capitalised words (with "and" or initials between).
    [GeneratedRegex(@"^\s*(?:[\u2022\u00B7\u2014\u2013*-]\s*(?:By\s+)?|By\s+)(?<name>\p{Lu}[\p{L}'\u2019.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'\u2019.-]*){1,4})\s*$")]
    private static partial Regex BylinePattern();
}

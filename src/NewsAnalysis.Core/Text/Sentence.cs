namespace NewsAnalysis.Core.Text;

/// <summary>A sentence: its character range and its tokens as a range of the article's token list.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;

    public TextSpan Span => new(Start, End);
}

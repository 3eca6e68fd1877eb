namespace NewsAnalysis.Core.Text;

/// <summary>One token of an article body; <see cref="Text"/> is exactly the body between start and end.</summary>
public readonly record struct Token(string Text, int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}

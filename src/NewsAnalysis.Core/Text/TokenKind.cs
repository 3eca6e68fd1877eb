namespace NewsAnalysis.Core.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    QuotationMark,
    Symbol,
}

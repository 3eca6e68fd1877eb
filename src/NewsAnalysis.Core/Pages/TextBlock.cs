using AngleSharp.Dom;

namespace NewsAnalysis.Core.Pages;

/// <summary>One run of text between block boundaries of the page, with the element that holds it.</summary>
/// <param name="Owner">The innermost block element the text sits in.</param>
/// <param name="Text">The text with its white space collapsed; never empty.</param>
/// <param name="LinkChars">How many of its characters are the text of links.</param>
internal sealed record TextBlock(IElement Owner, string Text, int LinkChars)
{
    public double LinkDensity => (double)LinkChars / Text.Length;

    public bool IsHeading => Owner.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";
}

using System.Text.RegularExpressions;

namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Drops the blocks inside the story's container that are still not the story: lists of links, the short labels
/// templates put between paragraphs ("Advertisement", "Read more", "Related: ..."), and short date, byline and
/// credit lines ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "© 2019 Example News").
/// </summary>
internal static partial class BlockFilter
{
    private const int OwnWords = 60;
    private const int LabelLength = 40;
    private const int DateLineLength = 80;
    private const int CreditLength = 100;

    private static readonly string[] Labels =
    [
        "advertisement", "advertising", "sponsored", "read more", "continue reading", "story continues below",
        "share this", "click here", "sign up", "subscribe", "related", "recommended", "see also", "also read",
        "image:", "photo:", "getty images", "follow us", "more:", "read also", "watch:", "elsewhere on",
    ];

    public static IReadOnlyList<TextBlock> Keep(IReadOnlyList<TextBlock> blocks) => blocks.Where(IsStory).ToArray();

    private static bool IsStory(TextBlock block)
    {
        // A list of links is mostly links; a sentence that links its nouns still has words of its own.
        if (block.LinkDensity > 0.5 && block.Text.Length - block.LinkChars < OwnWords)
        {
            return false;
        }

        var lower = block.Text.ToLowerInvariant();
        if (block.Text.Length <= LabelLength && Array.Exists(Labels, lower.StartsWith))
        {
            return false;
        }

        if (block.Text.Length <= CreditLength && IsCredit(lower))
        {
            return false;
        }

        return !(block.Text.Length <= DateLineLength && IsDateLine(block.Text));
    }

    /// <summary>A copyright or photo credit line: "Copyright © 2019 Example TV. All rights reserved.", "Photos © Agency, 2018".</summary>
    private static bool IsCredit(string lower) =>
        lower.Contains('©', StringComparison.Ordinal) || lower.StartsWith("copyright", StringComparison.Ordinal) || lower.Contains("all rights reserved", StringComparison.Ordinal);

    /// <summary>
    /// A line that states when (and by whom) rather than what: a year with a time, a month or a numeric date, and no
    /// sentence. An embedded post's signature ("— Name (@handle) November 4, 2019") is part of the post.
    /// </summary>
    private static bool IsDateLine(string text) =>
        Year().IsMatch(text) && (Time().IsMatch(text) || Month().IsMatch(text) || NumericDate().IsMatch(text))
        && !text.TrimEnd().EndsWith('.') && !text.Contains("(@", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b\d{1,2}:\d\d\b")]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")]
    private static partial Regex NumericDate();
}

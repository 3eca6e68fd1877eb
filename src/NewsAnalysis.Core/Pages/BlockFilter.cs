namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Drops the blocks inside the story's container that are still not the story: lists of links, and the short
/// labels templates put between paragraphs ("Advertisement", "Read more", "Share this article").
/// </summary>
internal static class BlockFilter
{
    private static readonly string[] Labels =
    [
        "advertisement", "advertising", "sponsored", "read more", "continue reading", "story continues below",
        "share this", "click here", "sign up", "subscribe", "related:", "recommended", "see also", "also read",
        "image:", "photo:", "getty images", "follow us", "more:", "read also", "watch:",
    ];

    private const int OwnWords = 60;

    public static IReadOnlyList<TextBlock> Keep(IReadOnlyList<TextBlock> blocks) => blocks.Where(IsStory).ToArray();

    private static bool IsStory(TextBlock block)
    {
        // A list of links is mostly links; a sentence that links its nouns still has words of its own.
        if (block.LinkDensity > 0.5 && block.Text.Length - block.LinkChars < OwnWords)
        {
            return false;
        }

        if (block.Text.Length <= 40)
        {
            var lower = block.Text.ToLowerInvariant();
            if (Array.Exists(Labels, lower.StartsWith))
            {
                return false;
            }
        }

        return true;
    }
}

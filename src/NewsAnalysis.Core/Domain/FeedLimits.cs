namespace NewsAnalysis.Core.Domain;

/// <summary>The limits of a <see cref="Feed"/> and its items.</summary>
public static class FeedLimits
{
    public const int MinPollMinutes = 5;
    public const int MaxPollMinutes = 1440;
    public const int MaxUrlLength = ArticleLimits.MaxUrlLength;
    public const int MaxTitleLength = 500;
    public const int MaxErrorLength = 2000;

    /// <summary>An item's key: a guid may be any string, and one longer than this is cut (and stays unique enough).</summary>
    public const int MaxItemKeyLength = 1000;
}

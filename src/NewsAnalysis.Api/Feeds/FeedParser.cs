using System.Xml;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Feeds;

/// <summary>
/// Reads RSS (0.91 to 2.0, and 1.0/RDF) and Atom with CodeHollow.FeedReader, which tolerates the date formats and
/// sloppy markup real feeds have. The bytes are parsed as fetched; the reader takes the encoding from the XML
/// declaration. It parses only: the feed is fetched by the checked fetcher.
/// </summary>
public static class FeedParser
{
    /// <summary>The feed, or null when the bytes are no RSS or Atom feed.</summary>
    public static FeedDocument? Parse(byte[] content)
    {
        CodeHollow.FeedReader.Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(content);
        }
        catch (Exception exception) when (exception is XmlException or FormatException or ArgumentException or InvalidOperationException
            or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException or NullReferenceException)
        {
            // The reader throws whatever its XML parsing hits; all of it means "not a feed it can read".
            return null;
        }

        if (feed.Type == FeedType.Unknown)
        {
            return null;
        }

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            var link = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim();
            var key = string.IsNullOrWhiteSpace(item.Id) ? link : item.Id.Trim();
            if (key is null)
            {
                continue;
            }

            entries.Add(new FeedEntry(
                key.Length <= FeedLimits.MaxItemKeyLength ? key : key[..FeedLimits.MaxItemKeyLength],
                link,
                string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim(),
                PublishedAt(item) is { } date ? new DateTimeOffset(AsUtc(date)) : null));
        }

        return new FeedDocument(string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim(), entries);
    }

    /// <summary>The item's publication date; an Atom entry without <c>published</c> has at least <c>updated</c>.</summary>
    private static DateTime? PublishedAt(CodeHollow.FeedReader.FeedItem item) =>
        item.PublishingDate ?? (item.SpecificItem as AtomFeedItem)?.UpdatedDate;

    private static DateTime AsUtc(DateTime date) => date.Kind switch
    {
        DateTimeKind.Utc => date,
        DateTimeKind.Local => date.ToUniversalTime(),
        _ => DateTime.SpecifyKind(date, DateTimeKind.Utc),
    };
}

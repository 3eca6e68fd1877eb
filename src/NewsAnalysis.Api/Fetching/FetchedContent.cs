namespace NewsAnalysis.Api.Fetching;

/// <summary>The kinds of document a fetch accepts, by media type.</summary>
public enum FetchedContent
{
    /// <summary>A web page: <c>text/html</c> or <c>application/xhtml+xml</c>.</summary>
    Page,

    /// <summary>A news feed: RSS or Atom, or any XML media type (publishers serve feeds as <c>text/xml</c> too).</summary>
    Feed,
}

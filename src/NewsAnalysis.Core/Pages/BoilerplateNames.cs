namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Tells from an element's class, id and role whether it holds page furniture rather than the story: navigation,
/// share bars, related links, comments, adverts, newsletters, captions, bylines. The words are the ones templates
/// use across publishers, not any one site's.
/// </summary>
internal static class BoilerplateNames
{
    private static readonly string[] Furniture =
    [
        "share", "social", "related", "recommend", "comment", "newsletter", "subscribe", "signup", "sign-up",
        "promo", "advert", "sponsor", "sidebar", "breadcrumb", "footer", "masthead", "menu", "navbar", "navigation",
        "caption", "credit", "byline", "author", "dateline", "timestamp", "tags", "tag-list", "keywords", "topics",
        "cookie", "consent", "gdpr", "modal", "popup", "overlay", "outbrain", "taboola", "trending", "popular",
        "most-read", "mostread", "read-more", "readmore", "more-stories", "toolbar", "print", "pagination", "pager",
        "widget", "banner", "hidden", "sr-only", "visually-hidden", "screen-reader", "disclaimer", "copyright",
        "rating", "video", "gallery", "slideshow", "playlist", "carousel", "teaser", "inline-link", "jump-link",
        "skip-link", "skiplink", "headline", "title", "meta", "kicker", "eyebrow", "follow", "email", "login", "paywall",
        "signin", "donate", "contact", "bio", "newsfeed", "feedback", "survey", "poll",
        "podcast", "audio", "player", "nav-", "-nav", "subnav", "topnav", "header",
        "dek", "standfirst", "hero",
    ];

    private static readonly string[] FurnitureRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu", "menubar", "toolbar"];

    /// <summary>True when a class or id token of the element names furniture ("content-header" does too: the guard for wrappers is the cleaner's).</summary>
    public static bool IsFurniture(string? classes, string? id, string? role)
    {
        if (role is not null && Array.Exists(FurnitureRoles, r => role.Equals(r, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return NamesFurniture(classes) || NamesFurniture(id);
    }

    private static bool NamesFurniture(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lower = token.ToLowerInvariant();
            if (lower is "ad" or "ads" or "nav" || lower.StartsWith("ad-", StringComparison.Ordinal) || lower.StartsWith("ads-", StringComparison.Ordinal)
                || lower.EndsWith("-ad", StringComparison.Ordinal) || lower.EndsWith("-ads", StringComparison.Ordinal) || lower.Contains("-ad-", StringComparison.Ordinal)
                || Array.Exists(Furniture, lower.Contains))
            {
                return true;
            }
        }

        return false;
    }
}

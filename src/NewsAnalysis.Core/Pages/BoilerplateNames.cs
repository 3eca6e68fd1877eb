namespace NewsAnalysis.Core.Pages;

/// <summary>
/// Tells from an element's class, id and role whether it holds page furniture rather than the story: navigation,
/// share bars, related links, comments, adverts, newsletters, captions, bylines. The words are the ones templates
/// use across publishers, not any one site's. A name is cut into words at '-', '_' and lower-to-upper case changes
/// ("c-entry-hero", "articleByline"); some words may sit inside a longer one, short ones must stand alone.
/// </summary>
internal static class BoilerplateNames
{
    /// <summary>Words that name furniture inside a longer word too ("socialshare", "fbpopup", "newsletterSignup").</summary>
    private static readonly string[] Furniture =
    [
        "share", "sharing", "social", "related", "recommend", "comment", "newsletter", "subscribe", "signup",
        "promo", "advert", "sponsor", "sidebar", "breadcrumb", "footer", "masthead", "navbar", "navigation",
        "subnav", "topnav", "caption", "byline", "author", "dateline", "timestamp", "keywords", "topics", "cookie",
        "consent", "gdpr", "modal", "popup", "overlay", "outbrain", "taboola", "trending", "popular", "mostread",
        "readmore", "toolbar", "pagination", "pager", "widget", "banner", "hidden", "sronly", "disclaimer",
        "copyright", "gallery", "slideshow", "playlist", "carousel", "teaser", "skiplink", "headline", "title",
        "kicker", "eyebrow", "follow", "paywall", "signin", "donate", "contact", "newsfeed", "feedback", "survey",
        "podcast", "header", "standfirst", "metadata",
    ];

    /// <summary>Short words that name furniture only as a whole word or its plural: "poll" is not "pollution", nor "ad" "header".</summary>
    private static readonly string[] WholeWords =
    [
        "ad", "advertisement", "nav", "menu", "tag", "dek", "hero", "bio", "poll", "meta", "print", "rating", "credit",
        "email", "login", "video", "audio", "player",
    ];

    /// <summary>Pairs of words that name furniture together though neither does alone ("sign up", "read more").</summary>
    private static readonly (string First, string Second)[] FurniturePairs =
    [
        ("sign", "up"), ("read", "more"), ("more", "stories"), ("most", "read"), ("sr", "only"), ("jump", "link"), ("inline", "link"),
        ("skip", "link"), ("tag", "list"), ("visually", "hidden"),
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
            var words = Words(token);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (Array.Exists(Furniture, f => word.Contains(f, StringComparison.Ordinal))
                    || Array.Exists(WholeWords, w => word == w || word == w + "s")
                    || (i + 1 < words.Count && Array.Exists(FurniturePairs, p => word == p.First && words[i + 1] == p.Second)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The lower-case words of a class or id: cut at non-letters and digits and where a lower-case letter meets an upper-case one.</summary>
    private static List<string> Words(string token)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= token.Length; i++)
        {
            var boundary = i == token.Length || !char.IsLetter(token[i])
                || (i > 0 && char.IsUpper(token[i]) && char.IsLower(token[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(token[start..i].ToLowerInvariant());
                start = -1;
            }

            if (i < token.Length && char.IsLetter(token[i]) && start < 0)
            {
                start = i;
            }
        }

        return words;
    }
}

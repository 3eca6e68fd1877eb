namespace NewsAnalysis.Core.Domain;

/// <summary>
/// The longest values an <see cref="Article"/> may hold. The database columns are sized by them and requests are
/// validated against them, so a valid article always fits.
/// </summary>
public static class ArticleLimits
{
    /// <summary>Headline length; also the column size.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>Body length, for requests only: the column itself is unbounded.</summary>
    public const int MaxBodyLength = 500_000;

    /// <summary>Url length; also the column size.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>Publisher name length; also the column size.</summary>
    public const int MaxSourceLength = 200;

    /// <summary>Byline length; also the column size.</summary>
    public const int MaxAuthorLength = 200;

    /// <summary>Column size of <see cref="Article.ExtractorVersion"/>, which the product sets itself.</summary>
    public const int MaxExtractorVersionLength = 50;
}

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// An article file. A .txt file holds the headline on its first line and the story after it (mirroring the API's
/// SampleArticle, which reads seeds/); a .html or .htm file is a saved web page, sent as <c>html</c> for the API to read
/// the article out of. The url is made from the file name, so the same file sent twice is the same article.
/// </summary>
internal static class ArticleFile
{
    public const string DefaultUrlPrefix = "https://samples.newsanalysis.local/";

    /// <summary>True for the files the ingest command sends: .txt, .html and .htm.</summary>
    public static bool IsArticle(string path) => IsPage(path) || Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    public static ArticleUpload Read(string path, string urlPrefix, string? source)
    {
        var url = urlPrefix + Uri.EscapeDataString(Path.GetFileNameWithoutExtension(path));
        if (IsPage(path))
        {
            return new ArticleUpload(null, null, url, source, SavedPage.Read(path));
        }

        var text = File.ReadAllText(path);
        var newline = text.IndexOf('\n');
        var title = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? text : text[(newline + 1)..].TrimStart('\r', '\n');
        return new ArticleUpload(title, body, url, source);
    }

    private static bool IsPage(string path) =>
        Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".htm", StringComparison.OrdinalIgnoreCase);
}

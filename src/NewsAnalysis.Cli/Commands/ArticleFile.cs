namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// A .txt article: the headline on its first line, the story after it; the url is made from the file name,
/// so the same file sent twice is the same article. Mirrors the API's SampleArticle, which reads seeds/.
/// </summary>
internal static class ArticleFile
{
    public const string DefaultUrlPrefix = "https://samples.newsanalysis.local/";

    public static ArticleUpload Read(string path, string urlPrefix, string? source)
    {
        var text = File.ReadAllText(path);
        var newline = text.IndexOf('\n');
        var title = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? text : text[(newline + 1)..].TrimStart('\r', '\n');
        var name = Uri.EscapeDataString(Path.GetFileNameWithoutExtension(path));
        return new ArticleUpload(title, body, urlPrefix + name, source);
    }
}

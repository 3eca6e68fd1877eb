using NewsAnalysis.Api.Articles;

namespace NewsAnalysis.Api.Common;

/// <summary>A seed file: the headline on its first line, the story after it.</summary>
public static class SampleArticle
{
    public static CreateArticleRequest Read(string path) => Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    public static CreateArticleRequest Parse(string text, string name)
    {
        var newline = text.IndexOf('\n');
        var title = (newline < 0 ? text : text[..newline]).Trim();
        var body = newline < 0 ? text : text[(newline + 1)..].TrimStart('\r', '\n');
        return new CreateArticleRequest(title, body, $"https://samples.newsanalysis.local/{name}", "NewsAnalysis samples", null, null);
    }
}

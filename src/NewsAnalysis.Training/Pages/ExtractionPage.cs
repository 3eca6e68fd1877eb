namespace NewsAnalysis.Training.Pages;

/// <summary>One page of the article-extraction set: its key, address, HTML as fetched and the body people wrote down.</summary>
public sealed record ExtractionPage(string Key, Uri? Url, string Html, string ArticleBody);

using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// Prints the errors of an evaluation one per line with the text they concern, so a developer can
/// read the failures one by one: misses (with the gold source), false alarms, and wrong sources.
/// </summary>
public static class AttributionErrorReport
{
    private const int MaxSnippet = 220;

    /// <param name="limit">How many errors of each kind to print; null prints all.</param>
    public static void Write(TextWriter output, IReadOnlyList<ArticleEvaluation> evaluations, int? limit)
    {
        WriteKind(output, "quote misses (gold quote not found)", limit, evaluations
            .SelectMany(e => e.Quotes.Misses.Select(m => Miss(e.Article, m))));
        WriteKind(output, "quote false alarms (predicted quote not in gold)", limit, evaluations
            .SelectMany(e => e.Quotes.FalseAlarms.Select(p => FalseAlarm(e.Article, p))));
        WriteKind(output, "quote wrong speakers", limit, evaluations
            .SelectMany(e => e.Quotes.WrongSources.Select(m => WrongSource(e.Article, m))));
        WriteKind(output, "attribution misses (gold content not found)", limit, evaluations
            .SelectMany(e => e.Attributions.Misses.Select(m => Miss(e.Article, m))));
        WriteKind(output, "attribution false alarms (predicted content not in gold)", limit, evaluations
            .SelectMany(e => e.Attributions.FalseAlarms.Select(p => FalseAlarm(e.Article, p))));
        WriteKind(output, "attribution wrong sources", limit, evaluations
            .SelectMany(e => e.Attributions.WrongSources.Select(m => WrongSource(e.Article, m))));
    }

    private static void WriteKind(TextWriter output, string title, int? limit, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        var shown = limit is { } n ? all.Take(n).ToList() : all;
        output.WriteLine();
        output.WriteLine($"== {title}: {all.Count}" + (shown.Count < all.Count ? $" (first {shown.Count})" : ""));
        foreach (var line in shown)
        {
            output.WriteLine(line);
        }
    }

    private static string Miss(PolnearArticle article, GoldStatement gold) =>
        $"- {article.Name} {gold.Span} {gold.AttributionId}\n    gold: {Snippet(article.Text, gold.Span)}\n    gold source: {Sources(article.Text, gold)}";

    private static string FalseAlarm(PolnearArticle article, PredictedStatement predicted) =>
        $"- {article.Name} {predicted.Span} {predicted.Kind.ToString().ToLowerInvariant()}\n"
        + $"    predicted: {Snippet(article.Text, predicted.Span)}\n"
        + $"    predicted source: {Mention(article.Text, predicted.Source)}   cue: {Mention(article.Text, predicted.Cue)}";

    private static string WrongSource(PolnearArticle article, StatementMatch match) =>
        $"- {article.Name} {match.Gold.Span} {match.Gold.AttributionId}\n    text: {Snippet(article.Text, match.Gold.Span)}\n"
        + $"    gold source: {Sources(article.Text, match.Gold)}   predicted: {Mention(article.Text, match.Predicted.Source)}"
        + (match.SourcePersonCorrect ? "   (the same person)" : "");

    private static string Sources(string text, GoldStatement gold) => gold.Sources.Count == 0
        ? "(annotated without a source)"
        : string.Join(" / ", gold.Sources.Select(s => $"{Snippet(text, s)} @{s.Extent.Start}"));

    private static string Mention(string text, TextSpan? mention) =>
        mention is { } m ? $"{Snippet(text, new TextSpanSet(m))} @{m.Start}" : "(none)";

    /// <summary>The text of the spans on one line, fragments joined by " … ", long text cut in the middle.</summary>
    private static string Snippet(string text, TextSpanSet spans)
    {
        var joined = string.Join(" … ", spans.Ranges.Select(r => text[r.Start..r.End]))
            .Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ⏎ ", StringComparison.Ordinal);
        if (joined.Length > MaxSnippet)
        {
            joined = joined[..(MaxSnippet / 2)] + " […] " + joined[^(MaxSnippet / 2)..];
        }

        return "«" + joined + "»";
    }
}

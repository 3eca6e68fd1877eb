using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Cli.Commands;

/// <summary>`analyze FILE`: prints what the pipeline finds in one text file, for reading by eye.</summary>
internal static class AnalyzeCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: analyze FILE");
            return Task.FromResult(2);
        }

        var text = File.ReadAllText(args[0]);
        var document = ExtractionPipeline.CreateDefault().Analyze(text);
        Console.WriteLine($"author: {document.Author ?? "-"}");
        Console.WriteLine("entities:");
        foreach (var entity in document.Entities)
        {
            var mentions = entity.Mentions.Select(m => document.TextOf(document.Mentions[m].Span)).Distinct();
            Console.WriteLine($"  {entity.Type,-12} {entity.Name}  [{string.Join(" | ", mentions)}]");
        }

        Console.WriteLine("quotes:");
        foreach (var quote in document.Quotes)
        {
            var speaker = quote.Speaker is null ? "-" : $"{quote.Speaker.Name} ({document.TextOf(quote.Speaker.Mention)})";
            Console.WriteLine($"  {speaker}: \"{document.TextOf(quote.Span)}\"");
        }

        Console.WriteLine("claims:");
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            var claimant = claim.Claimant is null ? "-" : $"{claim.Claimant.Name} ({document.TextOf(claim.Claimant.Mention)})";
            var cue = claim.Cue is { } c ? document.TextOf(c) : "-";
            var quantities = string.Join("; ", claim.Quantities.Select(q => $"{document.TextOf(q.Span)} = {q.Value} {q.Unit} {q.Approximation}"));
            var score = i < document.ClaimScores.Count ? $"{document.ClaimScores[i]:0.00}" : "-";
            Console.WriteLine($"  ({score}) {claimant} [{cue}]: {document.TextOf(claim.Span)}" + (quantities.Length > 0 ? $"  {{{quantities}}}" : ""));
        }

        return Task.FromResult(0);
    }
}

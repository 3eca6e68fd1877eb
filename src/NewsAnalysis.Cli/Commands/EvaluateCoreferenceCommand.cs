using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Coreference;
using NewsAnalysis.Training.Coreference;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// <c>evaluate-coreference [--data gap] [--split validation] [--model FILE] [--show-errors N]</c>: GAP's
/// pronoun-resolution F1 taken through the product's pipeline, on all rows and on masculine and feminine rows, with
/// their ratio. Pronoun resolution never reads the sentence encoder, so the pipeline runs without it.
/// </summary>
internal static class EvaluateCoreferenceCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The GAP folder (gap-development.tsv, gap-validation.tsv)",
            HelpName = "DIR",
            DefaultValueFactory = _ => "../shared/eval/gap",
        }.AcceptExistingFolderOnly();
        var split = new Option<string>("--split")
        {
            Description = "Which file to score: validation or development",
            DefaultValueFactory = _ => "validation",
        };
        split.AcceptOnlyFromAmong("validation", "development");
        var model = new Option<string?>("--model") { Description = "Score this antecedent model file instead of the shipped one", HelpName = "FILE" };
        var showErrors = new Option<int>("--show-errors") { Description = "Print this many wrongly resolved rows", DefaultValueFactory = _ => 0 }.AcceptRange(0);
        var command = new Command("evaluate-coreference", "GAP pronoun resolution through the pipeline: F1 of the coreferent class, masculine and feminine, and their ratio")
        {
            data, split, model, showErrors,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data), parseResult.GetRequiredValue(split), parseResult.GetValue(model), parseResult.GetValue(showErrors)));
        return command;
    }

    private static int Run(string data, string split, string? modelPath, int showErrors)
    {
        var examples = GapReader.Read(Path.Combine(data, $"gap-{split}.tsv"));
        var pipeline = modelPath is null ? ExtractionPipeline.CreateDefault(useSentenceEncoder: false) : WithModel(modelPath);

        var watch = Stopwatch.StartNew();
        var scores = GapScorer.Score(pipeline, examples);
        Console.WriteLine($"GAP {split}: {examples.Count} rows, {watch.Elapsed.TotalSeconds:F1} s");
        Print("overall", scores.Overall);
        Print("masculine", scores.Masculine);
        Print("feminine", scores.Feminine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bias (F/M)  {scores.Bias:F3}"));
        var (rows, named, separable, otherwise) = scores.Reach;
        Console.WriteLine($"  reach: of {rows} rows with a coreferent name, {named} name it as a person, {separable} of those apart from the other name; {otherwise} name it as another type, {rows - named - otherwise} not at all");
        var (right, otherName, third, unresolved) = scores.Outcomes;
        Console.WriteLine($"  pronouns of those rows: {right} to the coreferent name, {otherName} to the other name, {third} to a third entity, {unresolved} unresolved");
        var (masculine, feminine) = scores.OutcomesByGender;
        Console.WriteLine($"    masculine {masculine.Right} / {masculine.OtherName} / {masculine.ThirdEntity} / {masculine.Unresolved}, feminine {feminine.Right} / {feminine.OtherName} / {feminine.ThirdEntity} / {feminine.Unresolved}");
        foreach (var wrong in scores.Predictions.Where(p => p.A != p.Example.ACoreferent || p.B != p.Example.BCoreferent).Take(showErrors))
        {
            var e = wrong.Example;
            Console.WriteLine($"- {e.Id} «{e.Pronoun}»@{e.PronounOffset}: A {e.A} gold {e.ACoreferent} said {wrong.A}; B {e.B} gold {e.BCoreferent} said {wrong.B}; resolved to {wrong.ResolvedTo ?? "nothing"}");
            Console.WriteLine($"    {e.Text}");
        }

        return 0;
    }

    private static ExtractionPipeline WithModel(string path)
    {
        using var stream = File.OpenRead(path);
        return ExtractionPipeline.Create(
            AttributionTagger.LoadDefault(),
            ExtractionPipeline.DefaultReportedSpeech,
            antecedents: AntecedentModel.Load(stream));
    }

    private static void Print(string name, MatchCounts counts) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-10} P {100 * counts.Precision:F1}  R {100 * counts.Recall:F1}  F1 {100 * counts.F1:F1}   gold {counts.Gold}  predicted {counts.Predicted}  matched {counts.Matched}"));
}

using System.CommandLine;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// evaluate-ner --data DIR [--split eng.testa] [--model FILE] [--accurate [--contextual FILE]]: conlleval-style entity scores on gold
/// tokens and on the text rebuilt and re-tokenized by the product tokenizer, overall, per type and on
/// the entities whose exact text never occurs as an entity in eng.train ("unseen").
/// </summary>
internal static class EvaluateNerCommand
{
    private const int AccurateTimedDocuments = 40;

    public static Command Create()
    {
        var data = ConllFiles.CreateDataOption();
        var split = ConllFiles.CreateSplitOption();
        var model = new Option<string>("--model") { Description = "A model file to score instead of the shipped model", HelpName = "FILE" }.AcceptExistingFileOnly();
        var clusters = ConllFiles.CreateClustersOption();
        var accurate = new Option<bool>("--accurate")
        {
            Description = "Score the accurate mode: the encoder's contextual vectors join the recogniser (on when Extraction:SentenceEncoder is)",
        };
        var contextual = new Option<string>("--contextual")
        {
            Description = "With --accurate, a tagger file (train-ner-contextual) to use instead of the shipped one",
            HelpName = "FILE",
        }.AcceptExistingFileOnly();
        var command = new Command("evaluate-ner", "Entity scores of the recogniser on gold tokens and on the text rebuilt and re-tokenized by the product tokenizer")
        {
            data, split, model, clusters, accurate, contextual,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(split),
            parseResult.GetValue(model),
            parseResult.GetValue(clusters),
            parseResult.GetValue(accurate),
            parseResult.GetValue(contextual)));
        return command;
    }

    private static int Run(string data, string split, string? modelPath, string? clustersPath, bool accurate, string? contextualPath)
    {
        if (contextualPath is not null && !accurate)
        {
            Console.Error.WriteLine("--contextual needs --accurate.");
            return 2;
        }

        var recognizer = ConllFiles.LoadModel(modelPath, clustersPath);
        if (accurate)
        {
            recognizer = ConllFiles.WithAccurateMode(recognizer, contextualPath);
        }
        var sentences = ConllFiles.ReadSplit(data, split);
        Console.WriteLine($"{split}: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Count)} tokens, {sentences.Sum(s => s.Entities.Count)} entities");

        var seen = NerEvaluator.EntityTexts(ConllFiles.ReadSplit(data, "eng.train"));
        Print("(a) gold CoNLL tokens", NerEvaluator.ScoreOnGoldTokens(recognizer, sentences, seen));
        var rebuilt = NerEvaluator.ScoreOnRebuiltText(recognizer, sentences, seen);
        Print("(b) rebuilt text through Tokenizer + SentenceSplitter", rebuilt);
        if (modelPath is null)
        {
            Print("(c) rebuilt text through the product's entity step (recogniser + alias/title rules)",
                NerEvaluator.ScoreStepOnRebuiltText(ExtractionPipeline.CreateAttributionInputs(recognizer: recognizer), sentences, seen));
        }

        Console.WriteLine($"    gold tokens split by the tokenizer: {rebuilt.SplitGoldTokens}; extra sentence breaks: {rebuilt.SplitGoldSentences}");
        var documents = sentences.GroupBy(s => s.DocumentIndex).Select(g => (IReadOnlyList<IReadOnlyList<string>>)g.Select(s => s.Tokens).ToList()).ToList();
        if (accurate)
        {
            // The encoder reads about a thousand tokens a second: time the first documents only.
            documents = documents.Take(AccurateTimedDocuments).ToList();
        }

        Console.WriteLine();
        TokenThroughput.Print(
            accurate ? $"recogniser in accurate mode, gold tokens of the first {documents.Count} documents one by one" : "recogniser, gold tokens document by document",
            documents.Sum(d => d.Sum(s => s.Count)),
            5,
            () =>
            {
                foreach (var document in documents)
                {
                    recognizer.RecognizeDocument(document);
                }
            });
        return 0;
    }

    private static void Print(string title, NerScores scores)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine($"    {"type",-8} {"precision",9} {"recall",9} {"F1",9} {"gold",7} {"found",7} {"correct",7}");
        foreach (var (name, type) in new[] { ("PER", EntityType.Person), ("ORG", EntityType.Organization), ("LOC", EntityType.Location), ("MISC", EntityType.Misc) })
        {
            PrintRow(name, scores.For(type));
        }

        PrintRow("overall", scores.Overall);
        if (scores.Unseen.Gold > 0)
        {
            // Entities whose exact text is never an entity in eng.train: how far the model carries over to new names.
            PrintRow("unseen", scores.Unseen);
        }
    }

    private static void PrintRow(string name, EntityScore score) =>
        Console.WriteLine($"    {name,-8} {score.Precision,9:F2} {score.Recall,9:F2} {score.F1,9:F2} {score.Gold,7} {score.Predicted,7} {score.Correct,7}");
}

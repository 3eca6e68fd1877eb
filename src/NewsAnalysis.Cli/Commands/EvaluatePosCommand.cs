using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Training.Grammar;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// evaluate-pos --data DIR [--split eng.testa] [--model FILE] [--seconds N]: token accuracy of the
/// part-of-speech tagger on gold tokens and on the text rebuilt and re-tokenized by the product, then
/// single-thread tokens per second of tagging alone (tokenization excluded).
/// </summary>
internal static class EvaluatePosCommand
{
    public static Command Create()
    {
        var data = ConllFiles.CreateDataOption();
        var split = ConllFiles.CreateSplitOption();
        var model = new Option<string>("--model") { Description = "A model file to score instead of the shipped model", HelpName = "FILE" }.AcceptExistingFileOnly();
        var seconds = new Option<int>("--seconds") { Description = "How long to measure tagging speed; 0 skips it", HelpName = "N", DefaultValueFactory = _ => 3 };
        var command = new Command("evaluate-pos", "Token accuracy of the part-of-speech tagger on gold tokens and through the product tokenizer, then its tokens per second")
        {
            data, split, model, seconds,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(data), parseResult.GetRequiredValue(split), parseResult.GetValue(model), parseResult.GetValue(seconds)));
        return command;
    }

    private static int Run(string data, string split, string? modelPath, int seconds)
    {
        var watch = Stopwatch.StartNew();
        PartOfSpeechTagger tagger;
        if (modelPath is not null)
        {
            using var stream = File.OpenRead(modelPath);
            tagger = PartOfSpeechTagger.Load(stream);
        }
        else
        {
            tagger = PartOfSpeechTagger.LoadDefault();
        }

        Console.WriteLine($"load: {watch.Elapsed.TotalMilliseconds:F0} ms (includes JIT); {tagger.FeatureCount} features, {tagger.Tags.Count} tags");
        var sentences = ConllFiles.ReadPartsOfSpeech(data, split);
        var tokens = sentences.Sum(s => s.Words.Count);
        Console.WriteLine($"{split}: {sentences.Count} sentences, {tokens} tokens");

        var gold = PartOfSpeechEvaluator.ScoreOnGoldTokens(tagger, sentences);
        Console.WriteLine($"(a) gold CoNLL tokens: accuracy {gold.Accuracy:P2} ({gold.Correct} of {gold.Tokens})");
        var rebuilt = PartOfSpeechEvaluator.ScoreOnRebuiltText(tagger, sentences);
        Console.WriteLine($"(b) rebuilt text through Tokenizer + SentenceSplitter: accuracy {rebuilt.Accuracy:P2} ({rebuilt.Correct} of {rebuilt.Tokens}; {rebuilt.SplitGoldTokens} gold tokens not reproduced by the tokenizer)");
        Console.WriteLine("    most frequent mistakes on gold tokens (gold -> predicted):");
        foreach (var (expected, predicted, count) in gold.TopConfusions(12))
        {
            Console.WriteLine($"    {expected,-5} -> {predicted,-5} {count,5}");
        }

        if (seconds > 0)
        {
            TokenThroughput.Print("speed", tokens, seconds, () =>
            {
                foreach (var sentence in sentences)
                {
                    tagger.Tag(sentence.Words);
                }
            });
        }

        return 0;
    }
}

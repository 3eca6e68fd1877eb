using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// build-word-clusters [--conll DIR] [--polnear DIR] [--claimbuster FILE] [--out FILE] [--depth N]: the word
/// clusters of the entity recogniser, from unlabelled text only (the words of eng.train, the PolNeAR train
/// articles, the ClaimBuster sentences) and the word-piece embeddings of the encoder package Core ships.
/// </summary>
internal static class BuildWordClustersCommand
{
    public static Command Create()
    {
        var conll = ConllFiles.CreateDataOption();
        var polnear = new Option<string>("--polnear")
        {
            Description = "The PolNeAR folder; the texts of its train split are read",
            HelpName = "DIR",
            DefaultValueFactory = _ => "../shared/eval/polnear",
        }.AcceptExistingFolderOnly();
        var claimbuster = new Option<string>("--claimbuster")
        {
            Description = "The ClaimBuster sentences (train.json); their labels are not read",
            HelpName = "FILE",
            DefaultValueFactory = _ => "../shared/eval/claimbuster/train.json",
        }.AcceptExistingFileOnly();
        var output = PerceptronCommandParts.Output("src/NewsAnalysis.Core/Resources/word-clusters.tsv.gz");
        var depth = new Option<int>("--depth") { Description = "The longest cluster path", HelpName = "N", DefaultValueFactory = _ => 16 };
        var command = new Command("build-word-clusters", "Builds the entity recogniser's word clusters from unlabelled text and the encoder's word-piece embeddings")
        {
            conll, polnear, claimbuster, output, depth,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(conll),
            parseResult.GetRequiredValue(polnear),
            parseResult.GetRequiredValue(claimbuster),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(depth)));
        return command;
    }

    private static int Run(string conll, string polnear, string claimbuster, string output, int depth)
    {
        var watch = Stopwatch.StartNew();
        var words = new List<string>();
        words.AddRange(ConllFiles.ReadSplit(conll, "eng.train").SelectMany(s => s.Tokens));
        var conllWords = words.Count;
        foreach (var file in Directory.GetFiles(Path.Combine(polnear, "train", "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            words.AddRange(Tokenizer.Tokenize(text).Select(t => t.Text));
        }

        var polnearWords = words.Count - conllWords;
        using (var json = File.OpenRead(claimbuster))
        {
            foreach (var sentence in ClaimBusterSplit.Read(json))
            {
                words.AddRange(Tokenizer.Tokenize(sentence.Text).Select(t => t.Text));
            }
        }

        var table = TokenEmbeddingTable.LoadFromEncoderPackage();
        // The encoder's own whole-word pieces too: a vocabulary learnt from far more text than ours.
        var vocabulary = table.Pieces.Where(p => !p.StartsWith("##", StringComparison.Ordinal) && !p.StartsWith('[')).ToList();
        Console.WriteLine(
            $"{conllWords} words of eng.train, {polnearWords} of PolNeAR train, {words.Count - conllWords - polnearWords} of ClaimBuster, " +
            $"{vocabulary.Count} whole-word pieces of the encoder ({table.Dimensions} dimensions)");
        words.AddRange(vocabulary);

        var clusters = WordClusterBuilder.Build(words, table, depth, Console.WriteLine);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            WordClusters.Write(stream, clusters);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB, {clusters.Count} words) in {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}

using System.CommandLine;
using System.Diagnostics;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// build-word-clusters [--polnear DIR] [--claimbuster FILE] [--vectors both|static|contextual] [--out FILE] [--depth N]:
/// the entity recogniser's word clusters, from unlabelled text only (the PolNeAR train articles and the
/// ClaimBuster sentences, labels unread) and the encoder package Core ships.
/// </summary>
internal static class BuildWordClustersCommand
{
    public static Command Create()
    {
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
        var vectors = new Option<string>("--vectors")
        {
            Description = "static: the encoder's word-piece rows; contextual: its last hidden states averaged over each word's occurrences; both: a tree of each",
            HelpName = "KIND",
            DefaultValueFactory = _ => "both",
        }.AcceptOnlyFromAmong("both", "contextual", "static");
        var output = PerceptronCommandParts.Output("src/NewsAnalysis.Core/Resources/word-clusters.tsv.gz");
        var depth = new Option<int>("--depth") { Description = "The longest cluster path", HelpName = "N", DefaultValueFactory = _ => 16 };
        var command = new Command("build-word-clusters", "Builds the entity recogniser's word clusters from unlabelled text and the encoder Core ships")
        {
            polnear, claimbuster, vectors, output, depth,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(polnear),
            parseResult.GetRequiredValue(claimbuster),
            parseResult.GetRequiredValue(vectors),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(depth)));
        return command;
    }

    private static int Run(string polnear, string claimbuster, string kind, string output, int depth)
    {
        var watch = Stopwatch.StartNew();
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var file in Directory.GetFiles(Path.Combine(polnear, "train", "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var tokens = Tokenizer.Tokenize(text);
            sentences.AddRange(SentenceSplitter.Split(text, tokens).Select(s => tokens.GetRange(s.FirstToken, s.TokenCount).Select(t => t.Text).ToList()));
        }

        var polnearSentences = sentences.Count;
        using (var json = File.OpenRead(claimbuster))
        {
            sentences.AddRange(ClaimBusterSplit.Read(json).Select(s => Tokenizer.Tokenize(s.Text).Select(t => t.Text).ToList()));
        }

        Console.WriteLine($"{polnearSentences} sentences of PolNeAR train, {sentences.Count - polnearSentences} of ClaimBuster, {sentences.Sum(s => s.Count)} tokens");
        var table = TokenEmbeddingTable.LoadFromEncoderPackage();
        IReadOnlyList<(string Word, string Bits)> first = [];
        IReadOnlyList<(string Word, string Bits)> second = [];
        if (kind is "static" or "both")
        {
            // The encoder's own whole-word pieces too: a vocabulary learnt from far more text than ours.
            var vocabulary = table.Pieces.Where(p => !p.StartsWith("##", StringComparison.Ordinal) && !p.StartsWith('['));
            first = WordClusterBuilder.Build(WordClusterBuilder.StaticVectors(sentences.SelectMany(s => s).Concat(vocabulary), table), depth, Console.WriteLine);
        }

        if (kind is "contextual" or "both")
        {
            using var contextual = new ContextualWordVectors(table);
            foreach (var sentence in sentences)
            {
                contextual.Add(sentence);
                if (contextual.SentenceCount % 10_000 == 0)
                {
                    Console.WriteLine($"{contextual.SentenceCount} sentences encoded in {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            var built = WordClusterBuilder.Build(contextual.Vectors(), depth, Console.WriteLine);
            (first, second) = kind == "both" ? (first, built) : (built, second);
        }

        var clusters = WordClusterBuilder.Merge(first, second);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var stream = File.Create(output))
        {
            WordClusters.Write(stream, clusters);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB, {clusters.Count} words) in {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}

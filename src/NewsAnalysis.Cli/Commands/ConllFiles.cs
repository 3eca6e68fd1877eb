using System.CommandLine;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Grammar;

namespace NewsAnalysis.Cli.Commands;

/// <summary>The options that name CoNLL-2003 files, and opening those splits and models.</summary>
internal static class ConllFiles
{
    public const string DefaultData = "../shared/eval/conll2003";

    public static Option<string> CreateDataOption() => new Option<string>("--data")
    {
        Description = "The CoNLL-2003 folder (eng.train, eng.testa, ...)",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultData,
    }.AcceptExistingFolderOnly();

    public static Option<string> CreateSplitOption() => new("--split")
    {
        Description = "The split to score, a file in the --data folder",
        HelpName = "FILE",
        DefaultValueFactory = _ => "eng.testa",
    };

    public static IReadOnlyList<TaggedSentence> ReadSplit(string dataFolder, string split)
    {
        using var reader = new StreamReader(Path.Combine(dataFolder, split));
        return ConllReader.Read(reader);
    }

    /// <summary>The same split read for its part-of-speech column.</summary>
    public static IReadOnlyList<PartOfSpeechSentence> ReadPartsOfSpeech(string dataFolder, string split)
    {
        using var reader = new StreamReader(Path.Combine(dataFolder, split));
        return ConllPartOfSpeechReader.Read(reader);
    }

    public static Option<string> CreateClustersOption() => new Option<string>("--clusters")
    {
        Description = "A word-cluster table (build-word-clusters) to use instead of the shipped one",
        HelpName = "FILE",
    }.AcceptExistingFileOnly();

    public static EntityRecognizer LoadModel(string? path, string? clustersPath = null)
    {
        var clusters = LoadClusters(clustersPath);
        if (path is null)
        {
            return clusters is null ? EntityRecognizer.LoadDefault() : throw new ArgumentException("--clusters needs --model");
        }

        using var stream = File.OpenRead(path);
        return EntityRecognizer.Load(stream, clusters);
    }

    /// <summary>The recogniser in accurate mode, with the tagger in <paramref name="taggerPath"/> or the shipped one.</summary>
    public static EntityRecognizer WithAccurateMode(EntityRecognizer recognizer, string? taggerPath)
    {
        ContextualTagger tagger;
        if (taggerPath is null)
        {
            tagger = ContextualTagger.LoadDefault();
        }
        else
        {
            using var stream = File.OpenRead(taggerPath);
            tagger = ContextualTagger.Load(stream);
        }

        return recognizer.WithContextualTagger(EntityRecognizer.SharedEncoder(tagger.DocumentContext), tagger);
    }

    public static WordClusters? LoadClusters(string? path)
    {
        if (path is null)
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return WordClusters.Read(stream);
    }
}

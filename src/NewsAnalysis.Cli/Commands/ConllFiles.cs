using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Grammar;

namespace NewsAnalysis.Cli.Commands;

/// <summary>Opening CoNLL splits and models from the paths given on the command line.</summary>
internal static class ConllFiles
{
    public const string DefaultData = "../shared/eval/conll2003";

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

    public static EntityRecognizer LoadModel(string? path)
    {
        if (path is null)
        {
            return EntityRecognizer.LoadDefault();
        }

        using var stream = File.OpenRead(path);
        return EntityRecognizer.Load(stream);
    }
}

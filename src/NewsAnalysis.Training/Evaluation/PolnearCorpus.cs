using System.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// Reads a PolNeAR split laid out as <c>ROOT/SPLIT/text/NAME.txt</c> and
/// <c>ROOT/SPLIT/attributions/NAME_ANNOTATOR.ann</c>, taking for each article the annotator listed
/// first in <c>ROOT/metadata.tsv</c>. Read-only file access, like model loading: the data never
/// enters the repository, so it is read where it lies.
/// </summary>
public static class PolnearCorpus
{
    // Strict UTF-8 that keeps a byte-order mark as a character: the annotation offsets count it.
    private static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="root">The polnear directory (holding metadata.tsv).</param>
    /// <param name="split">"train" or "dev".</param>
    /// <param name="article">Only this article (file name without .txt), or null for all.</param>
    /// <exception cref="DirectoryNotFoundException">The split has no text directory.</exception>
    /// <exception cref="InvalidDataException">The metadata or an annotation file does not fit the text.</exception>
    public static IReadOnlyList<PolnearArticle> Load(string root, string split, string? article = null)
    {
        var textDirectory = Path.Combine(root, split, "text");
        if (!Directory.Exists(textDirectory))
        {
            throw new DirectoryNotFoundException($"no PolNeAR split at {textDirectory}");
        }

        var firstAnnotators = ReadFirstAnnotators(Path.Combine(root, "metadata.tsv"));
        var names = Directory.EnumerateFiles(textDirectory, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(n => article is null || n == article)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (article is not null && names.Count == 0)
        {
            throw new FileNotFoundException($"no article {article} in {textDirectory}");
        }

        var articles = new List<PolnearArticle>(names.Count);
        foreach (var name in names)
        {
            if (!firstAnnotators.TryGetValue(name, out var annotator))
            {
                throw new InvalidDataException($"{name} is not listed in metadata.tsv");
            }

            var text = FileEncoding.GetString(File.ReadAllBytes(Path.Combine(textDirectory, name + ".txt")));
            var annotationPath = Path.Combine(root, split, "attributions", $"{name}_{annotator}.ann");
            var annotations = BratReader.Parse(File.ReadAllText(annotationPath, FileEncoding));
            articles.Add(PolnearArticle.FromBrat(name, text, annotations));
        }

        return articles;
    }

    private static Dictionary<string, string> ReadFirstAnnotators(string metadataPath)
    {
        var lines = File.ReadAllLines(metadataPath, FileEncoding);
        var header = lines.Length > 0 ? lines[0].Split('\t') : [];
        var filenameColumn = Array.IndexOf(header, "filename");
        var annotatorsColumn = Array.IndexOf(header, "annotators");
        if (filenameColumn < 0 || annotatorsColumn < 0)
        {
            throw new InvalidDataException($"{metadataPath} has no filename or annotators column");
        }

        var firstAnnotators = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length > Math.Max(filenameColumn, annotatorsColumn))
            {
                firstAnnotators.TryAdd(columns[filenameColumn], columns[annotatorsColumn].Split('|')[0]);
            }
        }

        return firstAnnotators;
    }
}

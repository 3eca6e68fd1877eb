using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// Reads the part-of-speech column (the second) of CoNLL-2003 files: one "word POS chunk NER" line per
/// token, a blank line between sentences, "-DOCSTART-" between documents.
/// </summary>
public static class ConllPartOfSpeechReader
{
    public static IReadOnlyList<PartOfSpeechSentence> Read(TextReader reader) =>
    [
        .. ConllSentenceRows.Read(reader).Select(sentence => new PartOfSpeechSentence(
            [.. sentence.Rows.Select(r => r[0])],
            [.. sentence.Rows.Select(Tag)],
            sentence.Document)),
    ];

    private static string Tag(string[] row) => row.Length >= 2
        ? string.Intern(row[1])
        : throw new InvalidDataException($"Expected 'word POS ...', got '{string.Join(' ', row)}'.");
}

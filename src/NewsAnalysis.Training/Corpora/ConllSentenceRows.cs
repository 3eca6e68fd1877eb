namespace NewsAnalysis.Training.Corpora;

/// <summary>
/// Reads a CoNLL-2003 file as sentences of rows: one "word POS chunk NER" line per token split into its
/// columns, a blank line between sentences, "-DOCSTART-" between documents. Each sentence comes with the
/// number of its document (counting only documents that hold a sentence), so readers of one column or
/// another can keep documents apart for cross-validation.
/// </summary>
internal static class ConllSentenceRows
{
    public static IEnumerable<(IReadOnlyList<string[]> Rows, int Document)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<string[]>();
        var document = 0;
        var documentHasSentences = false;
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var endsSentence = fields.Length == 0 || fields[0] == "-DOCSTART-";
            if (endsSentence && rows.Count > 0)
            {
                yield return (rows, document);
                rows = [];
                documentHasSentences = true;
            }

            if (fields.Length > 0 && fields[0] == "-DOCSTART-" && documentHasSentences)
            {
                document++;
                documentHasSentences = false;
            }

            if (!endsSentence)
            {
                rows.Add(fields);
            }
        }

        if (rows.Count > 0)
        {
            yield return (rows, document);
        }
    }
}

namespace NewsAnalysis.Core.Extraction.Grammar;

/// <summary>
/// Reads the part-of-speech column (the second) of CoNLL-2003 files: one "word POS chunk NER" line per
/// token, a blank line between sentences, "-DOCSTART-" between documents.
/// </summary>
public static class ConllPartOfSpeechReader
{
    public static IReadOnlyList<PartOfSpeechSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<PartOfSpeechSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var document = 0;
        var documentHasSentences = false;

        void EndSentence()
        {
            if (words.Count == 0)
            {
                return;
            }

            sentences.Add(new PartOfSpeechSentence(words.ToArray(), tags.ToArray(), document));
            documentHasSentences = true;
            words.Clear();
            tags.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "-DOCSTART-")
            {
                EndSentence();
                if (documentHasSentences)
                {
                    document++;
                    documentHasSentences = false;
                }

                continue;
            }

            if (fields.Length < 2)
            {
                throw new InvalidDataException($"Expected 'word POS ...', got '{line}'.");
            }

            words.Add(fields[0]);
            tags.Add(string.Intern(fields[1]));
        }

        EndSentence();
        return sentences;
    }
}

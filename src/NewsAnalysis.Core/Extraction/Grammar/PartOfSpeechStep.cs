namespace NewsAnalysis.Core.Extraction.Grammar;

/// <summary>
/// Tags every token of the article with its Penn Treebank part of speech, one sentence at a time, into
/// <see cref="AnalysisDocument.PartsOfSpeech"/>. Runs right after segmentation.
/// </summary>
public sealed class PartOfSpeechStep(PartOfSpeechTagger tagger) : IAnalysisStep
{
    public void Run(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = new string[document.Tokens.Count];
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            // Tokens between sentences (the splitter leaves none today) are tagged as a sentence of their own.
            if (sentence.FirstToken > next)
            {
                tagger.Tag(document.Tokens, next, sentence.FirstToken, tags);
            }

            tagger.Tag(document.Tokens, sentence.FirstToken, sentence.EndToken, tags);
            next = sentence.EndToken;
        }

        if (next < tags.Length)
        {
            tagger.Tag(document.Tokens, next, tags.Length, tags);
        }

        document.PartsOfSpeech = tags;
    }
}

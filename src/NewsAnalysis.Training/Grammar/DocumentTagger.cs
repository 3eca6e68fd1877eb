using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// Tags every token of a segmented article with its Penn Treebank part of speech, one sentence at a time. Not a
/// pipeline step: the product does not use parts of speech (docs/decisions/0007).
/// </summary>
public sealed class DocumentTagger(PartOfSpeechTagger tagger)
{
    /// <summary>One tag per token of <paramref name="document"/>, at the token's index.</summary>
    public string[] Tag(AnalysisDocument document)
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

        return tags;
    }
}

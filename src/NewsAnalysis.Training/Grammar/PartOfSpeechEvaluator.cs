using System.Text;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Segmentation;

namespace NewsAnalysis.Training.Grammar;

/// <summary>
/// Scores a tagger against gold sentences in two ways, as the entity evaluator does: on the gold tokens,
/// and on the documents rebuilt as plain text and run through the product's segmentation and the
/// tagging step. In the second mode a gold token counts as right only when the product tokenizer gives
/// a token with exactly its span and that token gets the gold tag.
/// </summary>
public static class PartOfSpeechEvaluator
{
    public static TagAccuracy ScoreOnGoldTokens(PartOfSpeechTagger tagger, IReadOnlyList<PartOfSpeechSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var accuracy = new TagAccuracy();
        foreach (var sentence in sentences)
        {
            var predicted = tagger.Tag(sentence.Words);
            for (var i = 0; i < predicted.Length; i++)
            {
                accuracy.Add(sentence.Tags[i], predicted[i]);
            }
        }

        return accuracy;
    }

    public static TagAccuracy ScoreOnRebuiltText(PartOfSpeechTagger tagger, IReadOnlyList<PartOfSpeechSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var segmentation = new TextSegmentationStep();
        var tagging = new DocumentTagger(tagger);
        var accuracy = new TagAccuracy();
        foreach (var document in sentences.GroupBy(s => s.DocumentIndex))
        {
            var (text, spans, tags) = Rebuild(document);
            var analysis = new AnalysisDocument(text);
            segmentation.Run(analysis);
            var partsOfSpeech = tagging.Tag(analysis);
            var byStart = new Dictionary<int, int>();
            for (var t = 0; t < analysis.Tokens.Count; t++)
            {
                byStart[analysis.Tokens[t].Start] = t;
            }

            for (var g = 0; g < spans.Count; g++)
            {
                var found = byStart.TryGetValue(spans[g].Start, out var t) && analysis.Tokens[t].End == spans[g].End;
                accuracy.Add(tags[g], found ? partsOfSpeech[t] : null);
            }
        }

        return accuracy;
    }

    /// <summary>Tokens joined by spaces, sentences by line breaks, with the gold tokens' spans and tags.</summary>
    private static (string Text, List<(int Start, int End)> Spans, List<string> Tags) Rebuild(IEnumerable<PartOfSpeechSentence> document)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End)>();
        var tags = new List<string>();
        foreach (var sentence in document)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            for (var i = 0; i < sentence.Words.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                spans.Add((text.Length, text.Length + sentence.Words[i].Length));
                tags.Add(sentence.Tags[i]);
                text.Append(sentence.Words[i]);
            }
        }

        return (text.ToString(), spans, tags);
    }
}

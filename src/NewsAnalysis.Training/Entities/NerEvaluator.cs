using System.Text;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Segmentation;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Entities;

/// <summary>
/// Scores a recogniser against gold sentences in two ways: on the gold tokens, and on the documents
/// rebuilt as plain text and run through the product's own tokenizer and sentence splitter, which is
/// what the product really sees. The second mode matches entities by character span.
/// </summary>
public static class NerEvaluator
{
    /// <summary>
    /// The exact texts (tokens joined by one space) of every entity in <paramref name="training"/>: an
    /// evaluated entity whose text is not among them is unseen (<see cref="NerScores.Unseen"/>).
    /// </summary>
    public static IReadOnlySet<string> EntityTexts(IReadOnlyList<TaggedSentence> training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return training
            .SelectMany(s => s.Entities.Select(e => string.Join(' ', s.Tokens.Skip(e.FirstToken).Take(e.TokenCount))))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="seenEntities">Training entity texts (<see cref="EntityTexts"/>), to score unseen entities apart.</param>
    public static NerScores ScoreOnGoldTokens(EntityRecognizer recognizer, IReadOnlyList<TaggedSentence> sentences, IReadOnlySet<string>? seenEntities = null) =>
        ScoreOnGoldTokens(recognizer, sentences, seenEntities, null);

    /// <param name="contextualScores">
    /// Per document, the accurate mode's scores computed already (<see cref="ContextualTaggerTuning"/>); null lets the
    /// recogniser compute its own.
    /// </param>
    internal static NerScores ScoreOnGoldTokens(
        EntityRecognizer recognizer, IReadOnlyList<TaggedSentence> sentences, IReadOnlySet<string>? seenEntities, IReadOnlyList<float[][]>? contextualScores)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var scores = new NerScores();
        var index = 0;
        foreach (var document in EntityRecognizerTrainer.GroupByDocument(sentences))
        {
            var tokens = document.Select(s => s.Tokens).ToList();
            var predicted = contextualScores is null
                ? recognizer.RecognizeDocument(tokens)
                : recognizer.RecognizeWithScores(tokens, contextualScores[index]);
            index++;
            Func<(int Sentence, int First, int End), bool>? isUnseen = seenEntities is null
                ? null
                : key => !seenEntities.Contains(string.Join(' ', document[key.Sentence].Tokens.Skip(key.First).Take(key.End - key.First)));
            scores.Add(
                document.SelectMany((s, i) => s.Entities.Select(e => ((i, e.FirstToken, e.EndToken), e.Type))),
                predicted.SelectMany((entities, i) => entities.Select(e => ((i, e.FirstToken, e.EndToken), e.Type))),
                isUnseen);
        }

        return scores;
    }

    /// <param name="seenEntities">Training entity texts (<see cref="EntityTexts"/>), to score unseen entities apart.</param>
    public static NerScores ScoreOnRebuiltText(EntityRecognizer recognizer, IReadOnlyList<TaggedSentence> sentences, IReadOnlySet<string>? seenEntities = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var scores = new NerScores();
        foreach (var document in EntityRecognizerTrainer.GroupByDocument(sentences))
        {
            var (text, goldTokenSpans, goldEntities) = Rebuild(document);
            var tokens = Tokenizer.Tokenize(text);
            var split = SentenceSplitter.Split(text, tokens);
            var sentenceTokens = split
                .Select(s => (IReadOnlyList<string>)tokens.GetRange(s.FirstToken, s.TokenCount).Select(t => t.Text).ToList())
                .ToList();
            var recognized = recognizer.RecognizeDocument(sentenceTokens);
            var predicted = new List<((int, int), EntityType)>();
            for (var s = 0; s < split.Count; s++)
            {
                foreach (var entity in recognized[s])
                {
                    var first = tokens[split[s].FirstToken + entity.FirstToken];
                    var last = tokens[split[s].FirstToken + entity.EndToken - 1];
                    predicted.Add(((first.Start, last.End), entity.Type));
                }
            }

            // The rebuilt text joins a sentence's tokens with one space, as EntityTexts does.
            scores.Add(goldEntities, predicted, seenEntities is null ? null : span => !seenEntities.Contains(text[span.Item1..span.Item2]));
            var productSpans = tokens.Select(t => (t.Start, t.End)).ToHashSet();
            scores.SplitGoldTokens += goldTokenSpans.Count(span => !productSpans.Contains(span));
            scores.SplitGoldSentences += split.Count - document.Count;
        }

        return scores;
    }

    /// <summary>
    /// Scores the product's whole entity step (recogniser plus alias, title and organisation rules) on the
    /// documents rebuilt as text: what users of the API actually get.
    /// </summary>
    /// <param name="seenEntities">Training entity texts (<see cref="EntityTexts"/>), to score unseen entities apart.</param>
    public static NerScores ScoreStepOnRebuiltText(ExtractionPipeline pipeline, IReadOnlyList<TaggedSentence> sentences, IReadOnlySet<string>? seenEntities = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var segmentation = pipeline.Steps.OfType<TextSegmentationStep>().Single();
        var entities = pipeline.Steps.OfType<EntityStep>().Single();
        var scores = new NerScores();
        foreach (var document in EntityRecognizerTrainer.GroupByDocument(sentences))
        {
            var (text, _, goldEntities) = Rebuild(document);
            var analysis = new AnalysisDocument(text);
            segmentation.Run(analysis);
            entities.RecognizeMentions(analysis);

            scores.Add(
                goldEntities,
                analysis.Mentions.Select(m => ((m.Span.Start, m.Span.End), m.Type)).ToList(),
                seenEntities is null ? null : span => !seenEntities.Contains(text[span.Item1..span.Item2]));
        }

        return scores;
    }

    internal static (string Text, List<(int Start, int End)> TokenSpans, List<((int, int), EntityType)> Entities) Rebuild(
        IReadOnlyList<TaggedSentence> document)
    {
        var text = new StringBuilder();
        var tokenSpans = new List<(int Start, int End)>();
        var entities = new List<((int, int), EntityType)>();
        foreach (var sentence in document)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var firstSpan = tokenSpans.Count;
            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                if (t > 0)
                {
                    text.Append(' ');
                }

                tokenSpans.Add((text.Length, text.Length + sentence.Tokens[t].Length));
                text.Append(sentence.Tokens[t]);
            }

            foreach (var entity in sentence.Entities)
            {
                entities.Add(((tokenSpans[firstSpan + entity.FirstToken].Start, tokenSpans[firstSpan + entity.EndToken - 1].End), entity.Type));
            }
        }

        return (text.ToString(), tokenSpans, entities);
    }
}

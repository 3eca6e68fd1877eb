using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Entities;

/// <summary>Trains the <see cref="EntityRecognizer"/> on CoNLL-style tagged sentences.</summary>
public static class EntityRecognizerTrainer
{
    /// <summary>
    /// Trains a recogniser. Sentences with the same <see cref="TaggedSentence.DocumentIndex"/> must be
    /// consecutive; training is deterministic for a given input and <see cref="NerTrainingOptions.Seed"/>.
    /// </summary>
    public static EntityRecognizer Train(IReadOnlyList<TaggedSentence> sentences, NerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var documents = GroupByDocument(sentences);
        var gazetteer = BuildGazetteer(sentences);
        var folds = Math.Max(1, options.GazetteerFolds);
        var foldGazetteers = new EntityGazetteer[folds];
        for (var k = 0; k < folds; k++)
        {
            foldGazetteers[k] = folds == 1
                ? gazetteer
                : BuildGazetteer(documents.Where((_, d) => d % folds != k).SelectMany(d => d));
        }

        var wordCounts = new Dictionary<ulong, int>();
        foreach (var token in sentences.SelectMany(s => s.Tokens))
        {
            var key = TokenProfile.Of(token).Key;
            wordCounts[key] = wordCounts.GetValueOrDefault(key) + 1;
        }

        var rareWords = wordCounts.Where(w => w.Value < options.RareWordCount).Select(w => w.Key).ToHashSet();
        if (rareWords.Count > 0)
        {
            log?.Invoke($"{rareWords.Count} of {wordCounts.Count} distinct words seen fewer than {options.RareWordCount} times lose their identity features");
        }

        var clusters = options.Clusters ?? WordClusters.LoadDefault();
        var profiles = new DocumentProfile[documents.Count];
        var gold = new int[documents.Count][][];
        var predicted = new int[documents.Count][][];
        var tokenCount = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            profiles[d] = new DocumentProfile(document.Select(s => s.Tokens).ToList(), foldGazetteers[d % folds], clusters, rareWords);
            gold[d] = document.Select(s => BilouLabels.Encode(s.Entities, s.Tokens.Count)).ToArray();
            predicted[d] = document.Select(s => new int[s.Tokens.Count]).ToArray();
            tokenCount += document.Sum(s => s.Tokens.Count);
        }

        var trainer = new PerceptronTrainer(BilouLabels.Count);
        var weights = trainer.Train(
            documents.Count, options.Epochs, options.Seed, options.PruneThreshold, d => GreedyDecoder.Decode(profiles[d], trainer, predicted[d], trainer, gold[d]), tokenCount, log);
        return new EntityRecognizer(weights, gazetteer, clusters);
    }

    internal static List<List<TaggedSentence>> GroupByDocument(IReadOnlyList<TaggedSentence> sentences)
    {
        var documents = new List<List<TaggedSentence>>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i == 0 || sentences[i].DocumentIndex != sentences[i - 1].DocumentIndex)
            {
                documents.Add([]);
            }

            documents[^1].Add(sentences[i]);
        }

        return documents;
    }

    internal static EntityGazetteer BuildGazetteer(IEnumerable<TaggedSentence> sentences)
    {
        var types = new Dictionary<ulong, byte>();
        var phrases = new Dictionary<ulong, byte>();
        foreach (var sentence in sentences)
        {
            foreach (var entity in sentence.Entities)
            {
                if (entity.TokenCount <= EntityGazetteer.MaxPhraseLength)
                {
                    var phrase = FeatureHash.Seed;
                    for (var i = entity.FirstToken; i < entity.EndToken; i++)
                    {
                        phrase = EntityGazetteer.PhraseKey(phrase, TokenProfile.Of(sentence.Tokens[i]).Key);
                    }

                    phrases[phrase] = (byte)(phrases.GetValueOrDefault(phrase) | (1 << (int)entity.Type));
                }

                for (var i = entity.FirstToken; i < entity.EndToken; i++)
                {
                    var token = sentence.Tokens[i];
                    // "of", "the" and friends inside names say nothing about the type.
                    if (token.Length == 0 || !char.IsUpper(token[0]))
                    {
                        continue;
                    }

                    var key = TokenProfile.Of(token).Key;
                    types.TryGetValue(key, out var mask);
                    types[key] = (byte)(mask | (1 << (int)entity.Type));
                }
            }
        }

        return new EntityGazetteer(types, phrases);
    }
}

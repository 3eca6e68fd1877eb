using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.Attribution;

/// <summary>Trains the <see cref="AttributionTagger"/> on PolNeAR articles.</summary>
public static class AttributionTaggerTrainer
{
    /// <summary>Trains a tagger; deterministic for a given input and <see cref="AttributionTrainingOptions.Seed"/>.</summary>
    public static AttributionTagger Train(
        IReadOnlyList<AttributionTrainingExample> examples, AttributionTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var contexts = new TokenContext[examples.Count];
        var gold = new int[examples.Count][];
        var predicted = new int[examples.Count][];
        var tokenCount = 0;
        for (var d = 0; d < examples.Count; d++)
        {
            gold[d] = RoleLabels.Encode(examples[d].Gold, examples[d].Document.Tokens.Count);
        }

        var cues = LearnCues(examples.Select(e => e.Document).ToList(), gold, options.MinCueCount, options.MinCueShare);
        for (var d = 0; d < examples.Count; d++)
        {
            contexts[d] = TokenContext.Of(examples[d].Document, cues);
            foreach (var (first, _) in contexts[d].Units)
            {
                // A gold span running on from the previous paragraph begins anew: each paragraph is decoded alone.
                if (RoleLabels.IsInside(gold[d][first]))
                {
                    gold[d][first] = RoleLabels.BeginOf(RoleLabels.RoleOf(gold[d][first])!.Value);
                }
            }

            predicted[d] = new int[contexts[d].Count];
            tokenCount += contexts[d].Units.Sum(u => u.End - u.First);
        }

        var trainer = new PerceptronTrainer(RoleLabels.Count);
        var beam = new AttributionBeamDecoder(options.BeamWidth, options.MaxUpdateStep);
        var weights = trainer.Train(
            examples.Count,
            options.Epochs,
            options.Seed,
            options.PruneThreshold,
            d => beam.Decode(contexts[d], trainer, predicted[d], trainer, gold[d]),
            tokenCount,
            log);
        return new AttributionTagger(weights, options.BeamWidth, cues);
    }

    /// <summary>
    /// The words inside at least <paramref name="minCount"/> gold cues, with at least <paramref name="minShare"/>
    /// of their occurrences inside one.
    /// </summary>
    internal static CueVocabulary LearnCues(IReadOnlyList<AnalysisDocument> documents, IReadOnlyList<int[]> goldLabels, int minCount, double minShare)
    {
        var inCue = new Dictionary<ulong, int>();
        var seen = new Dictionary<ulong, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var tokens = documents[d].Tokens;
            for (var t = 0; t < tokens.Count; t++)
            {
                var lower = TokenProfile.Of(tokens[t].Text).Lower;
                seen[lower] = seen.GetValueOrDefault(lower) + 1;
                if (RoleLabels.RoleOf(goldLabels[d][t]) == AttributionRole.Cue)
                {
                    inCue[lower] = inCue.GetValueOrDefault(lower) + 1;
                }
            }
        }

        return new CueVocabulary([.. inCue.Where(w => w.Value >= minCount && w.Value >= minShare * seen[w.Key]).Select(w => w.Key)]);
    }
}

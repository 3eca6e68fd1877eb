namespace NewsAnalysis.Training.Grammar;

/// <summary>Settings for <see cref="PartOfSpeechTagger.Train"/>; the defaults reproduce the shipped model.</summary>
public sealed record PartOfSpeechTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the sentence shuffle, so that training is reproducible.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the saved model.</summary>
    public float PruneThreshold { get; init; } = 1f;

    /// <summary>
    /// Training sees a tag lexicon built from the other folds of documents, so that words unseen in
    /// training look as they will in use; 1 builds one lexicon from everything.
    /// </summary>
    public int LexiconFolds { get; init; } = 5;
}

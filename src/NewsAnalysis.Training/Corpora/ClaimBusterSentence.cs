namespace NewsAnalysis.Training.Corpora;

/// <summary>One labelled sentence of the ClaimBuster data set.</summary>
/// <param name="SentenceId">The data set's own id; the train/held-out split is a function of it.</param>
/// <param name="CheckWorthy">True when annotators judged the sentence a check-worthy factual claim.</param>
/// <param name="Text">The sentence as spoken in a US presidential debate.</param>
public sealed record ClaimBusterSentence(long SentenceId, bool CheckWorthy, string Text);

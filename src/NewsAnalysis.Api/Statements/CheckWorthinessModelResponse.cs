namespace NewsAnalysis.Api.Statements;

/// <summary>
/// How this server scores claims for check-worthiness: a claim is check-worthy when its score reaches
/// <paramref name="Threshold"/>, the classifier's own, which depends on whether the sentence encoder is on.
/// </summary>
/// <param name="SentenceEncoder">Whether scores also read the sentence encoder (<c>Extraction:SentenceEncoder</c>).</param>
/// <param name="Threshold">The score from which a claim is called check-worthy; a list's <c>minCheckWorthiness</c> for them.</param>
/// <param name="Scored">False when this server does not score claims (their <c>checkWorthiness</c> is null).</param>
public sealed record CheckWorthinessModelResponse(bool SentenceEncoder, double? Threshold, bool Scored);

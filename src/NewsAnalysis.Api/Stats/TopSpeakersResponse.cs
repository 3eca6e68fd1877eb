namespace NewsAnalysis.Api.Stats;

/// <summary>
/// The entities quoted most in the selection. <c>attributedQuoteCount</c> counts the quotes whose speaker is one entity;
/// each speaker's <c>share</c> is its part of those (0 to 1). Quotes of a coordinated subject or of an unresolved speaker
/// ("a spokesman") are in <c>quoteCount</c> only.
/// </summary>
public sealed record TopSpeakersResponse(int QuoteCount, int AttributedQuoteCount, IReadOnlyList<TopSpeakerResponse> Items);

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>A parsed number of a claim, as <see cref="QuantityParser"/> stored it: "more than 80 people" -> 80, "people", "more than".</summary>
public sealed record ComparableQuantity(string Text, double Value, string? Unit, string? Approximation);

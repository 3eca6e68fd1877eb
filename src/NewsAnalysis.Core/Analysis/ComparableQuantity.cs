namespace NewsAnalysis.Core.Analysis;

/// <summary>A parsed number of a claim, as the quantity parser stored it: "more than 80 people" -> 80, "people", "more than".</summary>
public sealed record ComparableQuantity(string Text, double Value, string? Unit, string? Approximation);

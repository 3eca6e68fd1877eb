namespace NewsAnalysis.Api.Contracts;

/// <summary>A stated number: "more than 320,000 people" -> 320000, "people", "more than".</summary>
public sealed record QuantityResponse(string Text, double Value, string? Unit, string? Approximation);

namespace NewsAnalysis.Api.Statements;

/// <summary>A stated number: "more than 320,000 people" -> 320000, "people", "more than"; start and end are offsets into the body.</summary>
public sealed record QuantityResponse(string Text, int Start, int End, double Value, string? Unit, string? Approximation);

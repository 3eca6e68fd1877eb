namespace NewsAnalysis.Core.Domain;

/// <summary>A number stated in a claim, parsed.</summary>
public sealed class Quantity
{
    public int Id { get; set; }

    public int ClaimId { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public double Value { get; set; }

    public string? Unit { get; set; }

    public string? Approximation { get; set; }
}

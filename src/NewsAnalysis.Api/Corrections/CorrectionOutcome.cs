namespace NewsAnalysis.Api.Corrections;

/// <summary>
/// What a correction request came to: its result when applied, otherwise a problem's title and detail, and for a name
/// another entity holds that entity's id.
/// </summary>
public sealed record CorrectionOutcome<T>(CorrectionStatus Status, T? Value, string? Title, string? Detail, int? ExistingEntityId = null)
{
    public static CorrectionOutcome<T> Applied(T value) => new(CorrectionStatus.Applied, value, null, null);

    public static CorrectionOutcome<T> NotFound(string title, string detail) => new(CorrectionStatus.NotFound, default, title, detail);

    public static CorrectionOutcome<T> Conflict(string title, string detail, int? existingEntityId = null) =>
        new(CorrectionStatus.Conflict, default, title, detail, existingEntityId);

    /// <summary>The same problem for another result type, or the applied result mapped.</summary>
    public async Task<CorrectionOutcome<TNext>> ThenAsync<TNext>(Func<T, Task<CorrectionOutcome<TNext>>> next) =>
        Status == CorrectionStatus.Applied ? await next(Value!) : new(Status, default, Title, Detail, ExistingEntityId);
}

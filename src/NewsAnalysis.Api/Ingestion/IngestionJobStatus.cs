using System.Linq.Expressions;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Ingestion;

/// <summary>
/// A job's status words and how they follow from its items, in one place for reading one job, listing
/// jobs and filtering the list in SQL.
/// </summary>
public static class IngestionJobStatus
{
    /// <summary>Some items are open and no worker has leased any yet (invalid items alone do not start a job).</summary>
    public const string Queued = "queued";

    /// <summary>Some items are open and a worker has leased at least one.</summary>
    public const string Running = "running";

    /// <summary>Every item is final and none was cancelled.</summary>
    public const string Completed = "completed";

    /// <summary>Every item is final and at least one was cancelled.</summary>
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Queued, Running, Completed, Cancelled];

    /// <summary>
    /// An item no worker has finished: queued, or running under a lease (a cancelled item is final, not open).
    /// For queries: <c>j.Items.AsQueryable().Any(IsOpen)</c>.
    /// </summary>
    public static readonly Expression<Func<IngestionItem, bool>> IsOpen =
        i => i.Status == IngestionItemStatus.Queued || i.Status == IngestionItemStatus.Running;

    public static string Of(bool hasOpenItems, bool hasLeasedItems, bool hasCancelledItems) =>
        hasOpenItems ? (hasLeasedItems ? Running : Queued) : (hasCancelledItems ? Cancelled : Completed);
}

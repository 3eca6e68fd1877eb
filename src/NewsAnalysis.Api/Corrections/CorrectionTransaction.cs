using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Corrections;

/// <summary>
/// Runs a correction and all its effects in one transaction: committed whole when it applies, rolled back whole when it
/// does not. A correction that collides with a concurrent write (an ingestion creating the entity of the same name, a
/// merge deleting the entity it points a quote at) is run again from the start against the rows as they are then, and
/// answers 409 when it keeps colliding.
/// </summary>
public sealed class CorrectionTransaction(NewsDbContext db, ILogger<CorrectionTransaction> logger)
{
    private const int MaxAttempts = 4;

    public async Task<CorrectionOutcome<T>> RunAsync<T>(Func<CancellationToken, Task<CorrectionOutcome<T>>> apply, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var outcome = await apply(cancellationToken);
                if (outcome.Status == CorrectionStatus.Applied)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                db.ChangeTracker.Clear();
                return outcome;
            }
            catch (Exception exception) when (WriteConflicts.IsConflict(exception))
            {
                // Disposing the transaction rolled it back; the tracked rows are what the failed attempt made of them.
                db.ChangeTracker.Clear();
                if (attempt == MaxAttempts)
                {
                    logger.LogWarning(exception, "Correction collided with concurrent writes {Attempts} times; giving up", attempt);
                    return CorrectionOutcome<T>.Conflict(
                        "The correction collided with concurrent changes.",
                        "Other changes to the same entities, quotes or claims kept colliding with it; nothing was changed. Try again.");
                }

                logger.LogInformation(exception, "Correction collided with a concurrent write (attempt {Attempt}); retrying", attempt);
                await Task.Delay(Random.Shared.Next(10, 50 * attempt), cancellationToken);
            }
        }
    }
}

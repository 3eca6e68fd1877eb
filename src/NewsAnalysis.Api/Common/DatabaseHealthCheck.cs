using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Common;

/// <summary>Ready means the database answers: a replica that cannot reach it should get no traffic.</summary>
public sealed class DatabaseHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

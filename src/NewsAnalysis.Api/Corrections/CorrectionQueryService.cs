using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Api.Common;
using NewsAnalysis.Infrastructure;

namespace NewsAnalysis.Api.Corrections;

/// <summary>Reads the history of users' corrections.</summary>
public sealed class CorrectionQueryService(NewsDbContext db)
{
    public async Task<PagedResponse<CorrectionResponse>> ListAsync(CorrectionListQuery query, CancellationToken cancellationToken)
    {
        var total = await db.Corrections.CountAsync(cancellationToken);
        var rows = await db.Corrections.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt)
            .ThenByDescending(c => c.Id)
            .Skip(query.ItemsBefore())
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResponse<CorrectionResponse>(rows.Select(CorrectionResponse.Of).ToList(), query.Page, query.PageSize, total);
    }
}

using System.Runtime.CompilerServices;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// A whole list as CSV, read page by page through the list's own query service, so the CSV holds exactly what the
/// JSON pages hold, in the same order, with the same filters. At most <see cref="ExportQuery.MaxCsvRows"/> rows.
/// </summary>
public static class CsvExport
{
    public static async Task<CsvResult> ListAsync<T>(
        HttpResponse response,
        Func<int, CancellationToken, Task<PagedResponse<T>>> page,
        string fileName,
        IReadOnlyList<string> header,
        Func<T, IReadOnlyList<object?>> row,
        CancellationToken cancellationToken)
    {
        var first = await page(1, cancellationToken);
        response.Headers["X-Total-Count"] = first.TotalCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new CsvResult(fileName, header, RowsAsync(first, page, row, cancellationToken));
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> RowsAsync<T>(
        PagedResponse<T> first,
        Func<int, CancellationToken, Task<PagedResponse<T>>> page,
        Func<T, IReadOnlyList<object?>> row,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var written = 0;
        var current = first;
        for (var number = 1; ; number++)
        {
            foreach (var item in current.Items)
            {
                if (written++ == ExportQuery.MaxCsvRows)
                {
                    yield break;
                }

                yield return row(item);
            }

            if (current.Items.Count < current.PageSize || written >= ExportQuery.MaxCsvRows)
            {
                yield break;
            }

            current = await page(number + 1, cancellationToken);
        }
    }
}

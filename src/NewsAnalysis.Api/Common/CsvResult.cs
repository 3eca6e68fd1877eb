using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// A CSV answer written as its rows are read: a header row, then each row as it arrives, flushed in batches, so a
/// long list never sits in memory whole. The file name goes in Content-Disposition for a browser's download.
/// </summary>
public sealed class CsvResult(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows) : ActionResult
{
    public const string MediaType = "text/csv";

    public override async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        response.ContentType = $"{MediaType}; charset=utf-8; header=present";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
        var csv = new CsvWriter(writer);
        await csv.WriteRowAsync(header, cancellationToken);
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRowAsync(row, cancellationToken);
            if (++written % 500 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }
}

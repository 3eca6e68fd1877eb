using Microsoft.Net.Http.Headers;

namespace NewsAnalysis.Api.Common;

/// <summary>Whether a request asks for CSV: <c>format=csv</c>, or an Accept header whose best choice is text/csv.</summary>
public static class CsvNegotiation
{
    public static bool WantsCsv(string? format, HttpRequest request)
    {
        if (format is not null)
        {
            return format.Equals("csv", StringComparison.OrdinalIgnoreCase);
        }

        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        var best = accepted.Where(a => (a.Quality ?? 1) > 0).OrderByDescending(a => a.Quality ?? 1).FirstOrDefault();
        return best is not null && best.MediaType.Equals(CsvResult.MediaType, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The validation rule for <c>format</c>.</summary>
    public static bool IsKnownFormat(string? format) =>
        format is null || format.Equals("csv", StringComparison.OrdinalIgnoreCase) || format.Equals("json", StringComparison.OrdinalIgnoreCase);
}

using System.Globalization;

namespace NewsAnalysis.Api.Common;

/// <summary>
/// Writes RFC 4180 CSV: fields separated by commas, rows ended by CRLF, a field quoted when it holds a comma, a quote,
/// CR or LF, and a quote inside doubled. A text cell that a spreadsheet would run as a formula (it starts with =, +, -,
/// @, a tab or CR) gets a leading apostrophe, so an article's words cannot become a formula in the reader's
/// spreadsheet (OWASP "CSV injection"). Numbers and times are written by this class, invariant, and left as they are.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public async Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken cancellationToken)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(Cell(cells[i]).AsMemory(), cancellationToken);
        }

        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }

    /// <summary>One field as it goes in the file.</summary>
    public static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => Neutralise(s),
            DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => Neutralise(value.ToString() ?? ""),
        };
        return text.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}

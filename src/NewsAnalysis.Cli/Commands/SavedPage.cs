using System.Text;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// Reads a saved web page as text in the charset it declares: a byte-order mark, else the &lt;meta charset&gt; (or
/// http-equiv Content-Type) in its first 1,024 bytes, as a browser sniffs it, else UTF-8.
/// </summary>
internal static partial class SavedPage
{
    private const int SniffLength = 1024;

    static SavedPage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Declared(bytes).GetString(bytes);
    }

    private static Encoding Declared(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        }

        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffLength));
        var match = Charset().Match(head);
        try
        {
            // A page saved as UTF-16 has a mark; a meta tag that says UTF-16 in ASCII bytes is wrong, as browsers assume.
            var encoding = match.Success ? Encoding.GetEncoding(match.Groups[1].Value) : null;
            return encoding is null || encoding is UnicodeEncoding ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return new UTF8Encoding(false);
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}

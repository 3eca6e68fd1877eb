using System.Text;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Turns a fetched page's bytes into text in the encoding the page was written in: a byte order mark, else the charset
/// of the Content-Type header, else a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> tag near the start of the
/// page (where HTML requires it), else UTF-8.
/// </summary>
public static partial class PageEncoding
{
    // HTML requires the declaration within the first 1024 bytes; a little more tolerates sloppy pages.
    private const int PrescanBytes = 4096;

    static PageEncoding()
    {
        // windows-1252, iso-8859-2, shift_jis and the rest of the legacy encodings that pages still declare.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(byte[] content, string? headerCharset)
    {
        var encoding = FromByteOrderMark(content, out var bomLength)
            ?? Named(headerCharset)
            ?? Named(DeclaredCharset(content))
            ?? Encoding.UTF8;
        return encoding.GetString(content, bomLength, content.Length - bomLength);
    }

    /// <summary>The charset a meta tag declares in the page's first bytes, or null.</summary>
    internal static string? DeclaredCharset(byte[] content)
    {
        // Latin-1 maps every byte to one char, so the ASCII of the tags reads right whatever the encoding.
        var head = Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, PrescanBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? FromByteOrderMark(byte[] content, out int length)
    {
        (Encoding? encoding, length) = content switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    private static Encoding? Named(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            // An unknown charset name: fall through to the next source.
            return null;
        }
    }

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">, attributes in any order.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<charset>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}

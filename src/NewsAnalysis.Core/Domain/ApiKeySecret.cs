using System.Security.Cryptography;
using System.Text;

namespace NewsAnalysis.Core.Domain;

/// <summary>
/// Makes API keys and their stored hashes. A key carries 256 random bits, so one unsalted SHA-256 is enough to keep
/// it from being read back or guessed from the database: no password-style stretching is needed, and a lookup by hash
/// stays one index probe.
/// </summary>
public static class ApiKeySecret
{
    /// <summary>Every key starts with this, so that a leaked one is easy to recognise (and to grep for).</summary>
    public const string Marker = "na_";

    private const int RandomBytes = 32;

    /// <summary>A new key: the marker and 43 URL-safe base64 characters.</summary>
    public static string Create()
    {
        var bytes = RandomNumberGenerator.GetBytes(RandomBytes);
        return Marker + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>SHA-256 of the key's UTF-8 bytes as <see cref="ApiKey.HashLength"/> lower-case hex digits.</summary>
    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The part of a key that listings show: <see cref="ApiKey.PrefixLength"/> characters.</summary>
    public static string PrefixOf(string key) => key.Length <= ApiKey.PrefixLength ? key : key[..ApiKey.PrefixLength];
}

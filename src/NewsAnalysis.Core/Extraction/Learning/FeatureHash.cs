namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// Stable 64-bit hashes for feature strings and their combinations. The model stores these hashes,
/// so they must not change between processes (string.GetHashCode is randomised per process).
/// </summary>
internal static class FeatureHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Step(ulong hash, char c) => (hash ^ c) * FnvPrime;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Seed;
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }

        return Mix(hash);
    }

    /// <summary>Order-sensitive combination: Combine(a, b) != Combine(b, a).</summary>
    public static ulong Combine(ulong first, ulong second) =>
        Mix((first * 0x9E3779B97F4A7C15UL) + second + 0x632BE59BD9B4E019UL);

    public static ulong Combine(ulong first, ulong second, ulong third) => Combine(Combine(first, second), third);

    /// <summary>SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        value ^= value >> 31;
        return value;
    }
}

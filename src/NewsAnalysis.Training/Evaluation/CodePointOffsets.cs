namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// Converts offsets counted in Unicode code points (as Python and brat count them) into UTF-16
/// positions in a .NET string: each character outside the Basic Multilingual Plane is one code
/// point but two UTF-16 units, so every later offset shifts by one.
/// </summary>
public sealed class CodePointOffsets
{
    // Null when the text has no surrogate pairs: then both counts agree and no table is needed.
    private readonly int[]? _utf16ByCodePoint;

    public CodePointOffsets(string text)
    {
        var codePoints = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            codePoints++;
        }

        CodePointCount = codePoints;
        if (codePoints == text.Length)
        {
            return;
        }

        _utf16ByCodePoint = new int[codePoints + 1];
        var index = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _utf16ByCodePoint[index++] = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        _utf16ByCodePoint[codePoints] = text.Length;
    }

    public int CodePointCount { get; }

    /// <summary>The UTF-16 index of code point <paramref name="codePointOffset"/>; the text length for the end offset.</summary>
    public int ToUtf16(int codePointOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codePointOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codePointOffset, CodePointCount);
        return _utf16ByCodePoint?[codePointOffset] ?? codePointOffset;
    }
}

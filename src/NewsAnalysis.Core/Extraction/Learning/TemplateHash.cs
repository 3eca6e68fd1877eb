namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// 32-bit FNV-1a over UTF-16 code units. string.GetHashCode is randomised per process, so a model
/// trained in one process would score garbage in the next; this hash is stable everywhere.
/// </summary>
internal struct TemplateHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    private uint _value;

    private TemplateHash(uint value) => _value = value;

    public readonly uint Value => _value;

    /// <summary>Starts a hash in the namespace of one feature template, so "w:us" and "b:us" differ.</summary>
    public static TemplateHash Start(string template)
    {
        var hash = new TemplateHash(OffsetBasis);
        hash.Add(template);
        hash.Add('\u0001');
        return hash;
    }

    public void Add(char c)
    {
        _value = (_value ^ (byte)c) * Prime;
        _value = (_value ^ (byte)(c >> 8)) * Prime;
    }

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Add(c);
        }
    }

    public void Add(ulong number)
    {
        for (var i = 0; i < 8; i++)
        {
            _value = (_value ^ (byte)(number >> (8 * i))) * Prime;
        }
    }
}

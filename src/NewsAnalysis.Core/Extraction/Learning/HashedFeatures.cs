using System.Globalization;

namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// Binary features of one example as indices into 2^bits bins: each is a template name and a value hashed together
/// (<see cref="TemplateHash"/>), with the low bit set so that no feature falls on the bias, which is index 0 and
/// always first. Duplicates are kept: a feature that fires twice counts twice.
/// </summary>
internal sealed class HashedFeatures(int hashBits)
{
    private readonly List<int> _indices = [0];
    private readonly uint _mask = (1u << hashBits) - 1;

    public void Add(string template, string value)
    {
        var hash = TemplateHash.Start(template);
        hash.Add(value);
        _indices.Add((int)(hash.Value & _mask) | 1);
    }

    public void Add(string template, int value) => Add(template, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string template, bool value) => Add(template, value ? "1" : "0");

    public int[] ToArray() => [.. _indices];
}

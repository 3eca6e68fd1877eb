using System.Globalization;

namespace NewsAnalysis.Training.Corpora;

/// <summary>Reads GAP's tab-separated files (header row, then ID, Text, Pronoun, Pronoun-offset, A, A-offset, A-coref, B, …).</summary>
public static class GapReader
{
    public static IReadOnlyList<GapExample> Read(string path)
    {
        var rows = new List<GapExample>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty.");
        if (!header.StartsWith("ID\tText\tPronoun\tPronoun-offset\tA\tA-offset\tA-coref\tB\tB-offset\tB-coref", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} does not start with GAP's header.");
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 10)
            {
                throw new InvalidDataException($"{path}: a row has {f.Length} fields, GAP has 11: {f[0]}");
            }

            rows.Add(new GapExample(
                f[0], f[1], f[2], Offset(f[3]), f[4], Offset(f[5]), Flag(f[6]), f[7], Offset(f[8]), Flag(f[9])));
        }

        return rows;

        static int Offset(string field) => int.Parse(field, CultureInfo.InvariantCulture);

        static bool Flag(string field) => field.Equals("TRUE", StringComparison.OrdinalIgnoreCase);
    }
}

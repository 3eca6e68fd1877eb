using System.Reflection;
using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Lexicons;

/// <summary>
/// Known places and organisations with their aliases ("U.S.", "USA", "United States" -> United States),
/// matched on token sequences, case-sensitively, so "US" the country is not "us" the pronoun.
/// </summary>
public sealed class AliasGazetteer
{
    private const int MaxTokens = 8;
    private readonly Dictionary<string, AliasEntry> _aliases;

    private AliasGazetteer(Dictionary<string, AliasEntry> aliases) => _aliases = aliases;

    public static AliasGazetteer LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsAnalysis.Core.Resources.gazetteer.tsv")
            ?? throw new InvalidOperationException("The gazetteer resource is missing from NewsAnalysis.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static AliasGazetteer Parse(TextReader reader)
    {
        var aliases = new Dictionary<string, AliasEntry>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var entry = new AliasEntry(Enum.Parse<EntityType>(fields[0]), fields[1]);
            aliases.TryAdd(Key(fields[1]), entry);
            if (fields.Length > 2)
            {
                foreach (var alias in fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    aliases.TryAdd(Key(alias), entry);
                }
            }
        }

        return new AliasGazetteer(aliases);
    }

    public AliasEntry? Find(string name) => _aliases.GetValueOrDefault(Key(name));

    /// <summary>The longest alias that starts at token <paramref name="start"/> and ends before <paramref name="limit"/>.</summary>
    public (AliasEntry Entry, int EndToken)? LongestMatch(IReadOnlyList<Token> tokens, int start, int limit)
    {
        (AliasEntry, int)? best = null;
        var key = "";
        for (var end = start + 1; end <= Math.Min(limit, start + MaxTokens); end++)
        {
            key = end == start + 1 ? tokens[start].Text : key + " " + tokens[end - 1].Text;
            if (_aliases.TryGetValue(key, out var entry))
            {
                best = (entry, end);
            }
        }

        return best;
    }

    private static string Key(string name) => string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Text));
}

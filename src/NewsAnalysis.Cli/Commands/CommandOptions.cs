using System.Globalization;

namespace NewsAnalysis.Cli.Commands;

/// <summary>"--name value" options and "--flag" switches of one command; unknown names are rejected.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string?> _values;

    private CommandOptions(Dictionary<string, string?> values) => _values = values;

    public static bool TryParse(string[] args, IReadOnlyCollection<string> allowed, out CommandOptions options, out string error)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        options = new CommandOptions(values);
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !allowed.Contains(name[2..]))
            {
                error = $"unknown option '{name}'; expected {string.Join(", ", allowed.Select(a => "--" + a))}";
                return false;
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[name[2..]] = hasValue ? args[++i] : null;
        }

        return true;
    }

    public string Get(string name, string fallback) => _values.TryGetValue(name, out var value) && value is not null ? value : fallback;

    public string? Find(string name) => _values.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value is not null ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public bool Has(string name) => _values.ContainsKey(name);
}

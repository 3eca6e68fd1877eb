namespace NewsAnalysis.Cli.Commands;

/// <summary>Parses <c>--name value</c> pairs; commands read what they need and reject the rest.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values;

    private CommandOptions(Dictionary<string, string> values) => _values = values;

    public static bool TryParse(string[] args, IReadOnlyCollection<string> allowed, out CommandOptions options, out string error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
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

            if (i + 1 >= args.Length)
            {
                error = $"option '{name}' needs a value";
                return false;
            }

            values[name[2..]] = args[++i];
        }

        return true;
    }

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}

using System.CommandLine;
using System.Globalization;

namespace NewsAnalysis.Cli.Commands;

/// <summary><c>--show-errors [N]</c>: print the first N errors of each kind; N may be left out.</summary>
internal static class ShowErrorsOption
{
    public const int DefaultCount = 20;

    /// <summary>The option; its value is null when it is not given and <see cref="DefaultCount"/> when given without N.</summary>
    public static Option<int?> Create(string description) => new("--show-errors")
    {
        Description = $"{description} (N defaults to {DefaultCount})",
        HelpName = "N",
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return DefaultCount;
            }

            if (int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }

            result.AddError($"--show-errors takes a whole number, not '{result.Tokens[0].Value}'.");
            return null;
        },
    };
}

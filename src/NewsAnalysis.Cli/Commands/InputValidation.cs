using System.CommandLine;
using System.Globalization;

namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// Checks of option and argument values while the command line is parsed, so a bad value is a usage error that
/// names it instead of an exception from deep inside a command. Input paths must name an existing file or folder,
/// defaults included: a command whose default data is missing could not run either.
/// </summary>
internal static class InputValidation
{
    public static Option<int> AcceptRange(this Option<int> option, int minimum, int maximum = int.MaxValue)
    {
        option.Validators.Add(result =>
        {
            // Validators also run when the text did not convert (command-line-api issue 2645), and reading the value
            // would then throw; the parser reports that error itself.
            if (result.Tokens.Any(token => !int.TryParse(token.Value, CultureInfo.InvariantCulture, out _)))
            {
                return;
            }

            if (result.GetValueOrDefault<int>() is var value && (value < minimum || value > maximum))
            {
                result.AddError(maximum == int.MaxValue
                    ? $"{option.Name} must be at least {minimum}, not {value}."
                    : $"{option.Name} must be {minimum} to {maximum:N0}, not {value}.");
            }
        });
        return option;
    }

    public static Option<string> AcceptExistingFileOnly(this Option<string> option)
    {
        option.Validators.Add(result => Check(result.GetValueOrDefault<string>(), option.Name, folder: false, result.AddError));
        return option;
    }

    public static Option<string> AcceptExistingFolderOnly(this Option<string> option)
    {
        option.Validators.Add(result => Check(result.GetValueOrDefault<string>(), option.Name, folder: true, result.AddError));
        return option;
    }

    public static Argument<string> AcceptExistingFileOnly(this Argument<string> argument)
    {
        argument.Validators.Add(result => Check(result.GetValueOrDefault<string>(), argument.Name, folder: false, result.AddError));
        return argument;
    }

    public static Argument<string> AcceptExistingFolderOnly(this Argument<string> argument)
    {
        argument.Validators.Add(result => Check(result.GetValueOrDefault<string>(), argument.Name, folder: true, result.AddError));
        return argument;
    }

    private static void Check(string? path, string name, bool folder, Action<string> addError)
    {
        if (path is null)
        {
            return;
        }

        if (folder ? !Directory.Exists(path) : !File.Exists(path))
        {
            addError($"{name}: no {(folder ? "folder" : "file")} at '{path}'.");
        }
    }
}

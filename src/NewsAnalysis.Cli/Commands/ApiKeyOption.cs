using System.CommandLine;
using System.Net.Http.Headers;

namespace NewsAnalysis.Cli.Commands;

/// <summary>`--api-key` of the commands that call a running API: the key is sent as <c>Authorization: Bearer</c>.</summary>
internal static class ApiKeyOption
{
    public const string Variable = "NEWSANALYSIS_API_KEY";

    public static Option<string?> Create(string needs) => new("--api-key")
    {
        Description = $"An API key with scope {needs}, needed once the API has keys (default: ${Variable})",
        HelpName = "KEY",
    };

    /// <summary>
    /// Sends the option's key, else the variable's, with every request. The variable is read here rather than as the
    /// option's default, which --help would print.
    /// </summary>
    public static void Apply(HttpClient http, string? option)
    {
        var key = string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(Variable) : option;
        if (!string.IsNullOrWhiteSpace(key))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Trim());
        }
    }
}

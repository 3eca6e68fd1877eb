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
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } key ? key : null,
    };

    public static void Apply(HttpClient http, string? key)
    {
        if (!string.IsNullOrWhiteSpace(key))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Trim());
        }
    }
}

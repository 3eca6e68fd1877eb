using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsAnalysis.Api.Corrections;

/// <summary>The short JSON objects stored as a correction's before and after.</summary>
internal static class CorrectionJson
{
    // Names stay readable as written ("Jürgen", not "J\u00FCrgen"), which also keeps two of them well inside the column.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(object state) => JsonSerializer.Serialize(state, Options);
}

namespace NewsAnalysis.Core.Domain;

/// <summary>How two written forms of one person's name compare.</summary>
public static class PersonNames
{
    /// <summary>
    /// The name without middle initials: "Donald J. Trump" and "Joseph R. Biden" are written with them or without,
    /// and are one person either way. The first and the last word always stay ("J. K. Rowling" keeps "J.").
    /// </summary>
    public static string WithoutMiddleInitials(string name)
    {
        var parts = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return string.Join(' ', parts);
        }

        var kept = new List<string>(parts.Length) { parts[0] };
        for (var i = 1; i < parts.Length - 1; i++)
        {
            if (!IsInitial(parts[i]))
            {
                kept.Add(parts[i]);
            }
        }

        kept.Add(parts[^1]);
        return string.Join(' ', kept);
    }

    private static bool IsInitial(string word) =>
        word.Length is 1 or 2 && char.IsUpper(word[0]) && (word.Length == 1 || word[1] == '.');
}

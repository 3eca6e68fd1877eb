using Bogus;
using Bogus.Bson;
using NewsAnalysis.Core.Extraction.Coreference;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Coreference;

/// <summary>
/// Where the pronoun model learns which first names mark a gender: the men's and women's first-name lists of every
/// locale in the Bogus package (MIT), each entry weighing <see cref="ListWeight"/>, and GAP's training rows, whose two
/// names both take the gender of the row's pronoun.
/// </summary>
internal static class FirstNameSightings
{
    /// <summary>One list entry counts as this many passages: enough to be kept alone, outvoted by a list that disagrees.</summary>
    public const int ListWeight = FirstNameGenders.MinCount;

    public static FirstNameGenders Of(IEnumerable<GapExample> rows) => FirstNameGenders.Build(FromLists().Concat(FromRows(rows)));

    /// <summary>Each locale's men's and women's first names; a name in both of a locale's lists cancels out there.</summary>
    internal static IEnumerable<(string, CoreferenceStep.Gender, int)> FromLists()
    {
        foreach (var locale in Database.GetAllLocales().Order(StringComparer.Ordinal))
        {
            foreach (var (key, gender) in new[] { ("male_first_name", CoreferenceStep.Gender.Masculine), ("female_first_name", CoreferenceStep.Gender.Feminine) })
            {
                if (!Database.HasKey("name", key, locale, null) || Database.Get("name", key, locale, null) is not BArray names)
                {
                    continue;
                }

                foreach (var name in names.Cast<BValue>().Select(n => n.StringValue).Where(IsFirstName).Distinct(StringComparer.Ordinal))
                {
                    yield return (name, gender, ListWeight);
                }
            }
        }
    }

    /// <summary>A full name's first word with its row's gender; a one-word name is more often a surname and is left out.</summary>
    internal static IEnumerable<(string, CoreferenceStep.Gender, int)> FromRows(IEnumerable<GapExample> rows) =>
        from row in rows
        from name in new[] { row.A, row.B }
        let words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        where words.Length >= 2 && IsFirstName(words[0])
        select (words[0], row.IsMasculine ? CoreferenceStep.Gender.Masculine : CoreferenceStep.Gender.Feminine, 1);

    private static bool IsFirstName(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.All(char.IsLetter);
}

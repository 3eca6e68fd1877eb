namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// First names and the gender they mark ("Karen" → she, "Jordan" → nothing: shared), from published lists of men's
/// and women's names and from the pronouns that stood for named people in the training passages. Read as evidence
/// like a title is: a person named "Betty Comden" is not the "his" of the next clause. Only names seen at least
/// <see cref="MinCount"/> times, nearly always with one gender, are kept, so a rare or shared name says nothing.
/// </summary>
internal sealed class FirstNameGenders
{
    /// <summary>How often a first name must have been seen to count.</summary>
    public const int MinCount = 2;

    /// <summary>The share of its sightings a name's gender must hold.</summary>
    public const double MinShare = 0.9;

    private readonly Dictionary<string, CoreferenceStep.Gender> _genders;

    private FirstNameGenders(Dictionary<string, CoreferenceStep.Gender> genders) => _genders = genders;

    public static FirstNameGenders Empty { get; } = new(new Dictionary<string, CoreferenceStep.Gender>(StringComparer.Ordinal));

    public int Count => _genders.Count;

    /// <summary>The gender the name marks, or <see cref="CoreferenceStep.Gender.Unknown"/>.</summary>
    public CoreferenceStep.Gender Of(string firstName) =>
        _genders.TryGetValue(firstName, out var gender) ? gender : CoreferenceStep.Gender.Unknown;

    /// <summary>
    /// The names worth keeping among <paramref name="sightings"/>: a first name, a gender, and how much the sighting
    /// weighs (a name list counts for more than one passage).
    /// </summary>
    public static FirstNameGenders Build(IEnumerable<(string FirstName, CoreferenceStep.Gender Gender, int Weight)> sightings)
    {
        var counts = new Dictionary<string, (int Masculine, int Feminine)>(StringComparer.Ordinal);
        foreach (var (name, gender, weight) in sightings)
        {
            var (m, f) = counts.GetValueOrDefault(name);
            counts[name] = gender == CoreferenceStep.Gender.Masculine ? (m + weight, f)
                : gender == CoreferenceStep.Gender.Feminine ? (m, f + weight) : (m, f);
        }

        var kept = new Dictionary<string, CoreferenceStep.Gender>(StringComparer.Ordinal);
        foreach (var (name, (m, f)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var total = m + f;
            if (total >= MinCount && Math.Max(m, f) >= MinShare * total)
            {
                kept[name] = m > f ? CoreferenceStep.Gender.Masculine : CoreferenceStep.Gender.Feminine;
            }
        }

        return new FirstNameGenders(kept);
    }

    public static FirstNameGenders Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 1_000_000)
        {
            throw new InvalidDataException("The first-name list's length is out of range.");
        }

        var genders = new Dictionary<string, CoreferenceStep.Gender>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var gender = (CoreferenceStep.Gender)reader.ReadByte();
            if (gender is not (CoreferenceStep.Gender.Masculine or CoreferenceStep.Gender.Feminine))
            {
                throw new InvalidDataException($"The first name {name} has no gender.");
            }

            genders[name] = gender;
        }

        return new FirstNameGenders(genders);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_genders.Count);
        foreach (var (name, gender) in _genders.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            writer.Write((byte)gender);
        }
    }
}

namespace NewsAnalysis.Core.Text;

/// <summary>Words that keep their full stop as part of the token.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and short forms that are never the last word of a sentence.</summary>
    public static readonly HashSet<string> NeverFinal = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl",
        "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Amb", "Atty", "Supt", "Gens", "Sens", "Reps", "Messrs",
        "St", "Ste", "Mt", "Ft", "No", "Nos", "vs", "v", "Vol", "pp", "Fig", "approx", "ca", "cf",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>Short forms that may end a sentence too (company suffixes, "etc.").</summary>
    public static readonly HashSet<string> MayBeFinal = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "etc", "Ave", "Blvd", "Rd", "Dept", "Univ",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
        "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "a.m", "p.m",
    };

    public static bool IsKnown(string word) => NeverFinal.Contains(word) || MayBeFinal.Contains(word);
}

namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>Capitalisation and character-class facts about one token.</summary>
[Flags]
internal enum TokenTraits : ushort
{
    None = 0,
    Capitalized = 1 << 0,
    AllCaps = 1 << 1,
    AllLower = 1 << 2,
    InnerCaps = 1 << 3,
    HasDigit = 1 << 4,
    AllDigits = 1 << 5,
    HasHyphen = 1 << 6,
    HasPeriod = 1 << 7,
    HasLetter = 1 << 8,
    NoAlphanumeric = 1 << 9,
}

namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>What the earlier pipeline steps and the word lists say about one token.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    CueWord = 1 << 0,
    StrongCue = 1 << 1,
    StanceWord = 1 << 2,
    Quoted = 1 << 3,
    QuotationMark = 1 << 4,
    Pronoun = 1 << 5,
    Relative = 1 << 6,
    FrameCue = 1 << 7,
    FrameSource = 1 << 8,
    Punctuation = 1 << 9,
    RuleContent = 1 << 10,
    RuleContentStart = 1 << 11,
    LearnedCue = 1 << 12,
}

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>Where a name stands among the other names a pronoun may stand for, and in the article so far.</summary>
/// <param name="NamesBetween">Person mentions between the name and the pronoun.</param>
/// <param name="TimesNamed">Mentions of the name's entity up to and including this one.</param>
/// <param name="Opener">Whether the name opens its sentence.</param>
/// <param name="FirstPerson">The entity of the article's first person name.</param>
/// <param name="Rivals">How many other people the pronoun may stand for.</param>
internal readonly record struct CandidateStanding(
    int NamesBetween, int TimesNamed, bool Opener, int FirstPerson, int Rivals);

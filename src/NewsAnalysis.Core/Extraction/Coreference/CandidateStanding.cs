namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>Where a name stands among the other names a pronoun may stand for, and in the article so far.</summary>
/// <param name="NamesBetween">Person mentions between the name and the pronoun.</param>
/// <param name="TimesNamed">Mentions of the name's entity up to and including this one.</param>
/// <param name="Opener">Whether the name opens its sentence.</param>
/// <param name="FirstPerson">The entity of the article's first person name.</param>
/// <param name="Rivals">How many other people the pronoun may stand for.</param>
/// <param name="GenderKnown">Whether the article marks the name's gender (as the pronoun's: others are no candidates).</param>
/// <param name="NamedAgain">Whether its entity is named again between the name and the pronoun.</param>
/// <param name="TimesInArticle">Mentions of the name's entity in the whole article.</param>
/// <param name="Cataphoric">Whether the name comes after the pronoun, opening the main clause after a fronted phrase.</param>
internal readonly record struct CandidateStanding(
    int NamesBetween, int TimesNamed, bool Opener, int FirstPerson, int Rivals, bool GenderKnown, bool NamedAgain, int TimesInArticle,
    bool Cataphoric);

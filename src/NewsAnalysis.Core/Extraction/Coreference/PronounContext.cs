using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// What <see cref="CoreferenceStep"/> reads of a whole article once, for all its pronouns: each entity's gender (from
/// titles, then from the pronouns resolved to it so far), each sentence's opening name, each mention's count of
/// its entity's mentions so far, the article's first person, and which mentions may be people, and each entity's number of mentions.
/// </summary>
internal sealed record PronounContext(CoreferenceStep.Gender[] Genders, EntityMention?[] Openers, int[] Ordinals, int FirstPerson, bool[] People, int[] Totals);

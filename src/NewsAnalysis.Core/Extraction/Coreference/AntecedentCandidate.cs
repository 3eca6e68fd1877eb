using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>A name a pronoun may stand for, with what the antecedent model reads of the pair.</summary>
internal sealed record AntecedentCandidate(EntityMention Mention, int[] Features);

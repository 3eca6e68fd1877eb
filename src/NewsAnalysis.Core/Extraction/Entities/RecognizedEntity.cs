using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// A named entity found in one sentence: tokens <see cref="FirstToken"/> up to, not including,
/// <see cref="EndToken"/> of the token list that was passed to the recogniser.
/// </summary>
public readonly record struct RecognizedEntity(int FirstToken, int EndToken, EntityType Type)
{
    public int TokenCount => EndToken - FirstToken;
}

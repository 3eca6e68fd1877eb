using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Core.Extraction.Lexicons;

/// <summary>A well-known place or organisation and its canonical name.</summary>
public sealed record AliasEntry(EntityType Type, string CanonicalName);

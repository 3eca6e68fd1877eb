namespace NewsAnalysis.Core.Domain;

/// <summary>The kinds of named entity the product recognises (the CoNLL-2003 types).</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
    Misc,
}

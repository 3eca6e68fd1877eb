namespace NewsAnalysis.Core.Domain;

/// <summary>What an API key may do; each scope includes the ones before it.</summary>
public enum ApiKeyScope
{
    /// <summary>Read articles, entities, quotes, claims and jobs.</summary>
    Read = 1,

    /// <summary>Also post, change and delete articles, correct entities and statements, queue and cancel jobs.</summary>
    Write = 2,

    /// <summary>Also delete jobs.</summary>
    Admin = 3,
}

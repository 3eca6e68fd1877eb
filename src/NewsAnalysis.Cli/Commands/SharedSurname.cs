using NewsAnalysis.Api.Entities;

namespace NewsAnalysis.Cli.Commands;

/// <summary>A one-word name ("Clinton", the most mentioned spelling) that is the surname of several people in the corpus, so its mentions belong to none of them.</summary>
internal sealed record SharedSurname(string Name, IReadOnlyList<EntitySummaryResponse> Entities, IReadOnlyList<string> People);

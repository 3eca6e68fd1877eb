namespace NewsAnalysis.Cli.Commands;

/// <summary>The people of a corpus, and the one-word names that could be any of several of them.</summary>
internal sealed record PersonGrouping(IReadOnlyList<PersonGroup> Groups, IReadOnlyList<SharedSurname> SharedSurnames);

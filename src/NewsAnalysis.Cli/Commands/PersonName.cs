namespace NewsAnalysis.Cli.Commands;

/// <summary>
/// The key <c>audit-who</c> groups a person's entities by, in lower case: the first word (null for a one-word name)
/// and the surname, the last word with its generational suffix ("trump jr").
/// </summary>
internal readonly record struct PersonName(string? First, string Surname);

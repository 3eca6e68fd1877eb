namespace NewsAnalysis.Training.Evaluation;

/// <summary>A brat event (<c>E1	Attribution:T4 Content:T3 Cue:T2 Source:T1</c>): its type, trigger and role arguments.</summary>
public sealed record BratEvent(string Id, string Type, string TriggerId, IReadOnlyList<BratArgument> Arguments)
{
    /// <summary>Ids of the annotations that fill <paramref name="role"/> or a numbered repeat of it (Content, Content2, …).</summary>
    public IEnumerable<string> ArgumentsFor(string role) => Arguments
        .Where(a => a.Role.StartsWith(role, StringComparison.Ordinal) && a.Role[role.Length..].All(char.IsAsciiDigit))
        .Select(a => a.TargetId);
}

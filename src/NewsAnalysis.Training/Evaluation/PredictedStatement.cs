using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Training.Evaluation;

/// <summary>
/// A statement the pipeline found, reduced to what is scored: its content (several fragments when quotes
/// and claims of one attribution are taken together) and its source mention; the cue is kept for reading errors.
/// <see cref="SourceNames"/> are the name mentions of the entity the source was resolved to, anywhere in the
/// article ("he" resolved to Trump: every "Trump" and "Donald Trump"); empty when the source is unresolved.
/// </summary>
public sealed record PredictedStatement(TextSpanSet Span, TextSpan? Source, PredictedStatementKind Kind, TextSpan? Cue = null)
{
    public PredictedStatement(TextSpan span, TextSpan? source, PredictedStatementKind kind, TextSpan? cue = null)
        : this(new TextSpanSet(span), source, kind, cue)
    {
    }

    public IReadOnlyList<TextSpan> SourceNames { get; init; } = [];
}

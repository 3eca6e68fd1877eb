using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>A direct quote: the words inside the quotation marks, the cue verb and the speaker, if the text names one.</summary>
public sealed record ExtractedQuote(TextSpan Span, TextSpan? Cue, Speaker? Speaker);

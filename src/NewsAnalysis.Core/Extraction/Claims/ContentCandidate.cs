using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>One way of drawing the content of <paramref name="Claim"/>, with the features the chooser scores it by.</summary>
/// <param name="FirstToken">The candidate's first token, an index into <see cref="AnalysisDocument.Tokens"/>.</param>
/// <param name="EndToken">The token after its last.</param>
/// <param name="Features">Hashed feature indices, the bias first.</param>
public sealed record ContentCandidate(ExtractedClaim Claim, ContentCandidateKind Kind, TextSpan Span, int FirstToken, int EndToken, int[] Features);

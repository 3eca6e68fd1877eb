using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Api.Corrections;

/// <summary>A committed correction (null when nothing needed to change) and the id of the row to answer with.</summary>
internal sealed record AppliedCorrection(Correction? Correction, int Id);

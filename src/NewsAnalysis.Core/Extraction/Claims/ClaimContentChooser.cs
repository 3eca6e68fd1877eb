using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>
/// Second look at each attributed claim: how likely is each way of drawing its content
/// (<see cref="ContentCandidateKind"/>) to be the span an annotator would mark? One logistic regression per kind of
/// candidate, over what <see cref="ContentCandidates"/> reads of the claim, trained on claims the attribution tagger
/// made on articles it had not seen (cross-validation on PolNeAR train). A candidate replaces the content as found
/// when it is likelier by <see cref="SwitchMargin"/>; a claim whose best candidate is below <see cref="DropBelow"/> is
/// dropped. Load once and share: choosing keeps no state.
/// </summary>
public sealed class ClaimContentChooser
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.claim-content-model.bin.gz";
    private const int Magic = 0x4D434343; // "CCCM"
    private const int FormatVersion = 1;
    internal static readonly int KindCount = Enum.GetValues<ContentCandidateKind>().Length;
    private static readonly Lazy<ClaimContentChooser> Default = new(() =>
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResource);
        return Load(stream);
    });

    private readonly float[][] _weights;

    internal ClaimContentChooser(int hashBits, float[][] weights, double switchMargin, double dropBelow)
    {
        HashBits = hashBits;
        _weights = weights;
        SwitchMargin = switchMargin;
        DropBelow = dropBelow;
    }

    public int HashBits { get; }

    public double SwitchMargin { get; }

    public double DropBelow { get; }

    /// <summary>The model that ships inside this assembly (trained on PolNeAR train).</summary>
    public static ClaimContentChooser LoadDefault() => Default.Value;

    public static ClaimContentChooser Load(Stream gzipStream)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "claim content");
        var hashBits = reader.ReadInt32();
        var kinds = reader.ReadInt32();
        if (hashBits is < 8 or > 24 || kinds != KindCount)
        {
            throw new InvalidDataException("The claim content model's header is out of range.");
        }

        var switchMargin = reader.ReadDouble();
        var dropBelow = reader.ReadDouble();
        var weights = new float[kinds][];
        for (var k = 0; k < kinds; k++)
        {
            weights[k] = SparseWeights.Read(reader, 1 << hashBits, "claim content");
        }

        return new ClaimContentChooser(hashBits, weights, switchMargin, dropBelow);
    }

    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(HashBits);
        writer.Write(_weights.Length);
        writer.Write(SwitchMargin);
        writer.Write(DropBelow);
        foreach (var weights in _weights)
        {
            SparseWeights.Write(writer, weights);
        }
    }

    /// <summary>The same model with other thresholds.</summary>
    public ClaimContentChooser WithThresholds(double switchMargin, double dropBelow) => new(HashBits, _weights, switchMargin, dropBelow);

    /// <summary>The likelihood (0..1) that the candidate is the content an annotator would mark.</summary>
    public double Probability(ContentCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var weights = _weights[(int)candidate.Kind];
        var margin = 0.0;
        foreach (var feature in candidate.Features)
        {
            margin += weights[feature];
        }

        return Logistic.Sigmoid(margin);
    }

    /// <summary>
    /// The candidate to keep of one claim's candidates (the content as found first), with its likelihood; null when
    /// even the best one is below <see cref="DropBelow"/>.
    /// </summary>
    public (ContentCandidate Candidate, double Probability)? Choose(IReadOnlyList<ContentCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = candidates[0];
        var bestProbability = Probability(best);
        for (var i = 1; i < candidates.Count; i++)
        {
            var probability = Probability(candidates[i]);
            if (probability > bestProbability + SwitchMargin)
            {
                best = candidates[i];
                bestProbability = probability;
            }
        }

        return bestProbability < DropBelow ? null : (best, bestProbability);
    }

    /// <summary>
    /// Redraws or drops the claims that <paramref name="candidates"/> (from <see cref="CandidatesOf"/>) cover. A claim
    /// redrawn onto the span of another claim is dropped as a duplicate.
    /// </summary>
    public void Apply(AnalysisDocument document, IReadOnlyList<ContentCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var replacements = new Dictionary<ExtractedClaim, ExtractedClaim?>(ReferenceEqualityComparer.Instance);
        foreach (var group in candidates.GroupBy(c => c.Claim, ReferenceEqualityComparer.Instance))
        {
            var claim = (ExtractedClaim)group.Key!;
            var chosen = Choose([.. group]);
            replacements[claim] = chosen is not { } c ? null
                : c.Candidate.Kind == ContentCandidateKind.AsFound ? claim
                : claim with
                {
                    Span = c.Candidate.Span,
                    Quantities = QuantityParser.Parse(document.Text, document.Tokens, c.Candidate.FirstToken, c.Candidate.EndToken),
                };
        }

        var seen = new HashSet<TextSpan>();
        var kept = new List<ExtractedClaim>(document.Claims.Count);
        foreach (var claim in document.Claims)
        {
            var replacement = replacements.TryGetValue(claim, out var r) ? r : claim;
            if (replacement is not null && seen.Add(replacement.Span))
            {
                kept.Add(replacement);
            }
        }

        document.Claims.Clear();
        document.Claims.AddRange(kept);
    }

    /// <summary>
    /// The candidates of every attributed claim (one with a cue or a claimant) in <paramref name="document"/>; the first
    /// <paramref name="taggedCount"/> claims are the tagger's, whose labels had <paramref name="margins"/>.
    /// </summary>
    public static List<ContentCandidate> CandidatesOf(AnalysisDocument document, int taggedCount, float[]? margins, int hashBits)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = new List<ContentCandidate>();
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            if (claim.Cue is not null || claim.Claimant is not null)
            {
                candidates.AddRange(ContentCandidates.Of(document, claim, i < taggedCount ? margins : null, hashBits));
            }
        }

        return candidates;
    }
}

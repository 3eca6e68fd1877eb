using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Labels the tokens of an analysed article as attribution Source, Cue or Content (BIO per role), one
/// paragraph at a time: an averaged linear model over features of its own, decoded by beam search and
/// trained with passive-aggressive early updates (<see cref="AttributionBeamDecoder"/>), on the entity
/// recogniser's weight tables. Load once and share: tagging keeps no state
/// between calls and is safe to call from several threads.
/// </summary>
public sealed class AttributionTagger
{
    private const string DefaultResource = "NewsAnalysis.Core.Resources.attribution-model.bin.gz";
    private const int Magic = 0x4D525441; // "ATRM"
    private const int FormatVersion = 3;

    private readonly LabelWeights _weights;
    private readonly int _beamWidth;
    private readonly CueVocabulary _cues;

    internal AttributionTagger(LabelWeights weights, int beamWidth, CueVocabulary cues)
    {
        _weights = weights;
        _beamWidth = beamWidth;
        _cues = cues;
    }

    /// <summary>Number of feature rows in the model (for reporting).</summary>
    public int FeatureCount => _weights.FeatureCount;

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="gzipStream">The gzip-compressed model; it is left open.</param>
    public static AttributionTagger Load(Stream gzipStream)
    {
        using var reader = ModelFile.OpenRead(gzipStream, Magic, FormatVersion, "attribution tagger");

        var beamWidth = reader.ReadInt32();
        if (beamWidth is < 1 or > 64)
        {
            throw new InvalidDataException($"The attribution tagger's beam width {beamWidth} is out of range.");
        }

        var cues = CueVocabulary.Read(reader);
        return new AttributionTagger(LabelWeights.Read(reader, RoleLabels.Count), beamWidth, cues);
    }

    /// <summary>Loads the model that ships inside this assembly (trained on PolNeAR train).</summary>
    public static AttributionTagger LoadDefault()
    {
        using var stream = ModelFile.OpenEmbedded(DefaultResource);
        return Load(stream);
    }

    /// <summary>Writes the model, gzip-compressed, to <paramref name="stream"/> (which is left open).</summary>
    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion);
        writer.Write(_beamWidth);
        _cues.Write(writer);
        _weights.Write(writer);
    }

    /// <summary>
    /// Tags a document that has been through segmentation, entity recognition and grouping, and the
    /// attribution frame step (quotation marks and rule-based cues are features).
    /// </summary>
    /// <returns>The role spans in token order, as indices into <see cref="AnalysisDocument.Tokens"/>.</returns>
    public IReadOnlyList<RoleSpan> Tag(AnalysisDocument document) => TagWithMargins(document).Spans;

    /// <summary>
    /// <see cref="Tag"/> with the model's margin for each token's label: how far the chosen label scored above the best
    /// other one after the same labels before it, 0 for tokens outside every paragraph.
    /// </summary>
    internal (IReadOnlyList<RoleSpan> Spans, float[] Margins) TagWithMargins(AnalysisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = TokenContext.Of(document, _cues);
        var labels = new int[context.Count];
        var margins = new float[context.Count];
        new AttributionBeamDecoder(_beamWidth).Decode(context, _weights, labels, margins);
        return (Spans(context, labels), margins);
    }

    /// <summary>
    /// Gold spans as the tagger's labels can express them: overlaps resolved (cue over source over
    /// content, so a nested attribution splits the outer content), for scoring the tagger span by span.
    /// </summary>
    public static IReadOnlyList<RoleSpan> AsTaggable(IEnumerable<RoleSpan> spans, int tokenCount) =>
        RoleLabels.Decode(RoleLabels.Encode(spans, tokenCount));

    private static List<RoleSpan> Spans(TokenContext context, int[] labels)
    {
        var spans = new List<RoleSpan>();
        foreach (var (first, end) in context.Units)
        {
            spans.AddRange(RoleLabels.Decode(labels.AsSpan(first, end - first), first));
        }

        return spans;
    }
}

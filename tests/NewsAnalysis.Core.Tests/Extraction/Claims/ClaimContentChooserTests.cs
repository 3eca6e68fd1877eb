using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Claims;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class ClaimContentChooserTests
{
    private const int HashBits = 12;
    private const string CueFirst = "Officials said the bridge, which opened in 1990, was unsafe for 40 trucks.";
    private const string CueLast = "The old bridge was unsafe, officials said.";
    private static readonly ExtractionPipeline Inputs = ExtractionPipeline.CreateAttributionInputs();

    [Fact]
    public void CandidatesOf_OffersTheContentCutAtItsFirstBreakAndRunOnToTheSentenceEnd()
    {
        var document = WithClaim(CueFirst, "the bridge, which opened in 1990", "said");

        var candidates = ClaimContentChooser.CandidatesOf(document, 0, null, HashBits);

        Assert.Equal(
            [
                (ContentCandidateKind.AsFound, "the bridge, which opened in 1990"),
                (ContentCandidateKind.CutAtBreak, "the bridge"),
                (ContentCandidateKind.ToSentenceEnd, "the bridge, which opened in 1990, was unsafe for 40 trucks"),
            ],
            candidates.Select(c => (c.Kind, document.TextOf(c.Span))));
    }

    [Fact]
    public void CandidatesOf_BeginsAtTheSentenceStartOnlyWhenNoCueStandsBetween()
    {
        var document = WithClaim(CueLast, "was unsafe", "said");

        var candidates = ClaimContentChooser.CandidatesOf(document, 0, null, HashBits);

        Assert.Contains(candidates, c => c.Kind == ContentCandidateKind.FromSentenceStart && document.TextOf(c.Span) == "The old bridge was unsafe");
        Assert.DoesNotContain(
            ClaimContentChooser.CandidatesOf(WithClaim(CueFirst, "the bridge, which opened in 1990", "said"), 0, null, HashBits),
            c => c.Kind == ContentCandidateKind.FromSentenceStart);
    }

    [Fact]
    public void CandidatesOf_SkipsClaimsWithNeitherCueNorClaimant()
    {
        var document = Inputs.Analyze(CueFirst);
        document.Claims.Add(new ExtractedClaim(Span(document, "was unsafe for 40 trucks"), null, null, []));

        Assert.Empty(ClaimContentChooser.CandidatesOf(document, 0, null, HashBits));
    }

    [Fact]
    public void Apply_RedrawsTheClaimOnTheCandidateItLearnedToPrefer_WithItsNumbers()
    {
        var chooser = TrainedToPrefer(ContentCandidateKind.ToSentenceEnd).WithThresholds(0.1, 0.0);
        var document = WithClaim(CueFirst, "the bridge, which opened in 1990", "said");

        chooser.Apply(document, ClaimContentChooser.CandidatesOf(document, 0, null, HashBits));

        var claim = Assert.Single(document.Claims);
        Assert.Equal("the bridge, which opened in 1990, was unsafe for 40 trucks", document.TextOf(claim.Span));
        Assert.Equal(Span(document, "said"), claim.Cue);
        Assert.Contains(claim.Quantities, q => q.Value == 40);
    }

    [Fact]
    public void Apply_KeepsTheContentAsFoundUnlessAnotherIsLikelierByTheMargin()
    {
        var chooser = TrainedToPrefer(ContentCandidateKind.ToSentenceEnd).WithThresholds(1.0, 0.0);
        var document = WithClaim(CueFirst, "the bridge, which opened in 1990", "said");
        var claim = document.Claims[0];

        chooser.Apply(document, ClaimContentChooser.CandidatesOf(document, 0, null, HashBits));

        Assert.Same(claim, Assert.Single(document.Claims));
    }

    [Fact]
    public void Apply_DropsAClaimWhoseBestCandidateIsUnlikely_AndLeavesOtherClaimsAlone()
    {
        // Every candidate of a claim whose cue comes first was labelled wrong.
        var chooser = TrainedToPrefer(ContentCandidateKind.FromSentenceStart).WithThresholds(0.1, 0.5);
        var document = WithClaim(CueFirst, "the bridge, which opened in 1990", "said");
        var statement = new ExtractedClaim(Span(document, "was unsafe for 40 trucks"), null, null, []);
        document.Claims.Add(statement);

        chooser.Apply(document, ClaimContentChooser.CandidatesOf(document, 0, null, HashBits));

        Assert.Same(statement, Assert.Single(document.Claims));
    }

    [Fact]
    public void SaveThenLoad_GivesTheSameProbabilitiesAndBytes()
    {
        var chooser = TrainedToPrefer(ContentCandidateKind.CutAtBreak).WithThresholds(0.25, 0.1);
        var saved = Save(chooser);

        var loaded = ClaimContentChooser.Load(new MemoryStream(saved));

        var document = WithClaim(CueFirst, "the bridge, which opened in 1990", "said");
        foreach (var candidate in ClaimContentChooser.CandidatesOf(document, 0, null, HashBits))
        {
            Assert.Equal(chooser.Probability(candidate), loaded.Probability(candidate), 6);
        }

        Assert.Equal((0.25, 0.1), (loaded.SwitchMargin, loaded.DropBelow));
        Assert.Equal(saved, Save(loaded));
    }

    [Fact]
    public void Train_IsDeterministic()
    {
        Assert.Equal(Save(TrainedToPrefer(ContentCandidateKind.CutAtBreak)), Save(TrainedToPrefer(ContentCandidateKind.CutAtBreak)));
    }

    [Fact]
    public void Load_RejectsSomethingThatIsNotAModel()
    {
        var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("not a model at all"u8);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => ClaimContentChooser.Load(stream));
    }

    [Fact]
    public void ShippedModel_LoadsWithThresholdsInRange()
    {
        var chooser = ClaimContentChooser.LoadDefault();

        Assert.InRange(chooser.SwitchMargin, 0.0, 1.0);
        Assert.InRange(chooser.DropBelow, 0.0, 1.0);
    }

    /// <summary>A chooser trained on both sentences' candidates, labelled so that only <paramref name="kind"/> matches.</summary>
    private static ClaimContentChooser TrainedToPrefer(ContentCandidateKind kind)
    {
        var examples = new[] { WithClaim(CueFirst, "the bridge, which opened in 1990", "said"), WithClaim(CueLast, "was unsafe", "said") }
            .SelectMany(d => ClaimContentChooser.CandidatesOf(d, 0, null, HashBits))
            .Select(c => (c, c.Kind == kind))
            .ToList();
        return ClaimContentChooserTrainer.Train(examples, new ClaimContentTrainingOptions { HashBits = HashBits, Epochs = 30, LearningRate = 0.5 });
    }

    private static AnalysisDocument WithClaim(string text, string content, string cue)
    {
        var document = Inputs.Analyze(text);
        document.Claims.Add(new ExtractedClaim(Span(document, content), Span(document, cue), null, []));
        return document;
    }

    private static TextSpan Span(AnalysisDocument document, string words)
    {
        var start = document.Text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }

    private static byte[] Save(ClaimContentChooser chooser)
    {
        var stream = new MemoryStream();
        chooser.Save(stream);
        return stream.ToArray();
    }
}

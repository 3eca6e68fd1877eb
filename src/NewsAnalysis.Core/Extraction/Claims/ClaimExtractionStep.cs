using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>
/// Turns cues into claims: what the source said, claimed, told or denied, as the content span
/// ("The US claims [the strike destroyed 20% of Syria's operational aircraft]"), and adds the
/// sentences that state numbers as claims of their own. Pure direct quotes stay quotes.
/// </summary>
public sealed class ClaimExtractionStep : IAnalysisStep
{
    private readonly AttributionTagger? _tagger;
    private readonly ReportedSpeechMode _mode;
    private readonly bool _keepUncuedContents;
    private readonly ClaimContentChooser? _chooser;

    /// <summary>Reported-speech claims from the rule-based attribution frames only.</summary>
    public ClaimExtractionStep()
    {
        _mode = ReportedSpeechMode.Rules;
    }

    /// <param name="tagger">The attribution tagger; required unless <paramref name="mode"/> is <see cref="ReportedSpeechMode.Rules"/>.</param>
    /// <param name="mode">Where reported-speech claims come from.</param>
    /// <param name="keepUncuedContents">Also keep tagged contents that no tagged cue claims.</param>
    /// <param name="chooser">When given, redraws or drops the attributed claims (see <see cref="ClaimContentChooser"/>).</param>
    public ClaimExtractionStep(AttributionTagger? tagger, ReportedSpeechMode mode, bool keepUncuedContents = false, ClaimContentChooser? chooser = null)
    {
        if (tagger is null && mode != ReportedSpeechMode.Rules)
        {
            throw new ArgumentNullException(nameof(tagger), $"{mode} needs an attribution tagger.");
        }

        _tagger = tagger;
        _mode = mode;
        _keepUncuedContents = keepUncuedContents;
        _chooser = chooser;
    }

    public IReadOnlyList<DocumentLayer> Reads { get; } =
    [
        DocumentLayer.Segments, DocumentLayer.Mentions, DocumentLayer.Entities, DocumentLayer.References, DocumentLayer.Quotations,
        DocumentLayer.Frames, DocumentLayer.RuleQuotes,
    ];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.Claims, DocumentLayer.QuotedAttributions];

    public void Run(AnalysisDocument document) => Extract(document, _chooser, null, 0);

    /// <summary>
    /// For training a <see cref="ClaimContentChooser"/>: runs the step without choosing (whether or not this step has a
    /// chooser) and returns the candidates of every attributed claim, with features hashed to <paramref name="hashBits"/>.
    /// </summary>
    public List<ContentCandidate> RunCollectingCandidates(AnalysisDocument document, int hashBits)
    {
        var candidates = new List<ContentCandidate>();
        Extract(document, null, candidates, hashBits);
        return candidates;
    }

    private void Extract(AnalysisDocument document, ClaimContentChooser? chooser, List<ContentCandidate>? collected, int hashBits)
    {
        var choosing = chooser is not null || collected is not null;
        var taggedCount = 0;
        float[]? margins = null;
        if (_tagger is not null && _mode != ReportedSpeechMode.Rules)
        {
            (var spans, margins) = _tagger.TagWithMargins(document);
            document.Claims.AddRange(ClaimAssembler.Assemble(document, spans, _keepUncuedContents, document.QuotedAttributions));
            taggedCount = document.Claims.Count;
        }

        if (_mode != ReportedSpeechMode.Tagger)
        {
            AddFrameClaims(document);
        }

        NameColonClaims.Add(document);
        if (choosing)
        {
            var candidates = ClaimContentChooser.CandidatesOf(document, taggedCount, margins, chooser?.HashBits ?? hashBits);
            collected?.AddRange(candidates);
            chooser?.Apply(document, candidates);
        }

        QuantityStatements.Add(document);
        var speakers = new FinalSpeakers(document);
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            if (speakers.Finish(claim.Claimant) is var claimant && claimant != claim.Claimant)
            {
                document.Claims[i] = claim with { Claimant = claimant };
            }
        }

        document.Claims.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static void AddFrameClaims(AnalysisDocument document)
    {
        var tagged = document.Claims.Count;
        foreach (var frame in document.Frames)
        {
            if (HasClaimInSentence(document, tagged, frame.Sentence)
                || ClaimContentOf(document, frame) is not { } range
                || IsWhollyQuoted(document, range))
            {
                continue;
            }

            var span = new TextSpan(document.Tokens[range.First].Start, document.Tokens[range.End - 1].End);
            var quantities = QuantityParser.Parse(document.Text, document.Tokens, range.First, range.End);
            document.Claims.Add(new ExtractedClaim(span, frame.CueSpan(document), frame.Source, quantities));
        }
    }

    /// <summary>
    /// A claim whose span overlaps one of the first <paramref name="count"/> claims by half (intersection
    /// over union, the evaluation's match rule) restates it.
    /// </summary>
    internal static bool RestatesClaim(AnalysisDocument document, int count, TextSpan span)
    {
        for (var i = 0; i < count; i++)
        {
            var other = document.Claims[i].Span;
            var intersection = other.IntersectionLength(span);
            if (intersection * 2 >= other.Length + span.Length - intersection)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The content of a frame's claim: <see cref="FrameContent.Of"/>, except after an inverted cue that follows
    /// a comma or a quote ("“…,” said Alan Cole, an economist at …"). That cue attributes what came
    /// before it, and what follows its source is about the source. Kept out of <see cref="FrameContent.Of"/>:
    /// as a tagger feature it cost 0.007 F1 in cross-validation on train, as the claims' content it gains
    /// 0.004 on dev and 0.006 on train.
    /// </summary>
    private static (int First, int End)? ClaimContentOf(AnalysisDocument document, AttributionFrame frame)
    {
        var sentence = document.Sentences[frame.Sentence];
        var frameFirst = Math.Min(frame.CueToken, frame.SourceFirstToken);
        if (frame.SourceAfterCue && frame.Lemma != "according to" && frameFirst > sentence.FirstToken + 1)
        {
            var previous = document.Tokens[frameFirst - 1];
            if (previous.Text is "," or "\u2014" or "--" or "-" || previous.Kind == TokenKind.QuotationMark)
            {
                return FrameContent.Trim(document, sentence.FirstToken, frameFirst);
            }
        }

        return FrameContent.Of(document, frame);
    }

    /// <summary>
    /// Whether one of the first <paramref name="count"/> claims (the tagger's) touches the sentence: a rule claim is
    /// added only where the tagger found none, since the ones it added beside the tagger's were right 19-23% of the
    /// time (cross-validated on PolNeAR train, docs/decisions/0003). This also keeps one cue from making two claims
    /// and a rule claim from restating a tagger's: the separate checks for those changed nothing on PolNeAR once
    /// this one was in place, and were removed.
    /// </summary>
    private static bool HasClaimInSentence(AnalysisDocument document, int count, int sentenceIndex)
    {
        var sentence = document.Sentences[sentenceIndex].Span;
        for (var i = 0; i < count; i++)
        {
            if (document.Claims[i].Span.Overlaps(sentence))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsWhollyQuoted(AnalysisDocument document, (int First, int End) range)
    {
        var tokens = document.Tokens;
        for (var t = range.First; t < range.End; t++)
        {
            if (tokens[t].Kind != TokenKind.QuotationMark && tokens[t].Kind != TokenKind.Punctuation && !document.IsQuoted(tokens[t].Start))
            {
                return false;
            }
        }

        return true;
    }
}

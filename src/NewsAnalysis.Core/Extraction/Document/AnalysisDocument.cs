using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// The shared working state of one article as it passes through the pipeline. The body is never
/// rewritten: every step records spans into <see cref="Text"/>.
/// </summary>
public sealed class AnalysisDocument(string text)
{
    public string Text { get; } = text;

    /// <summary>End of the analysed text: a trailing byline is not part of the story.</summary>
    public int ContentEnd { get; set; } = text.Length;

    public string? Author { get; set; }

    public List<Token> Tokens { get; set; } = [];

    public List<Sentence> Sentences { get; set; } = [];

    /// <summary>Non-empty lines of the body.</summary>
    public List<TextSpan> Paragraphs { get; set; } = [];

    public List<EntityMention> Mentions { get; } = [];

    public List<ArticleEntity> Entities { get; } = [];

    /// <summary>Pronouns and descriptions with the entity each refers to, in text order.</summary>
    public List<EntityReference> References { get; } = [];

    /// <summary>Quoted stretches, marks excluded, in text order.</summary>
    public List<Quotation> Quotations { get; } = [];

    /// <summary>Cues outside quotation marks with their sources.</summary>
    public List<AttributionFrame> Frames { get; } = [];

    /// <summary>Quotes with the speakers the quote rules give, before claims are known.</summary>
    public List<ExtractedQuote> RuleQuotes { get; } = [];

    public List<ExtractedClaim> Claims { get; } = [];

    /// <summary>The attribution tagger's attributions whose content is wholly a quotation: not claims, but they name a speaker.</summary>
    public List<ExtractedClaim> QuotedAttributions { get; } = [];

    /// <summary>The final quotes: <see cref="RuleQuotes"/> completed with what the claims say.</summary>
    public List<ExtractedQuote> Quotes { get; } = [];

    /// <summary>0..1 per claim, at the claim's index: how worth checking it is; empty when check-worthiness is not scored.</summary>
    public List<double> ClaimScores { get; } = [];

    /// <summary>The check-worthiness of claim <paramref name="claim"/>, or null when the claims were not scored.</summary>
    public double? ClaimScoreOf(int claim) => claim < ClaimScores.Count ? ClaimScores[claim] : null;

    private QuotationIndex? _quotationIndex;
    private FrameIndex? _frameIndex;

    public string TextOf(TextSpan span) => Text[span.Start..span.End];

    /// <summary>Index of the first token that starts at or after <paramref name="position"/>.</summary>
    public int TokenIndexAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public int SentenceIndexOfToken(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (Sentences[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The paragraph that holds <paramref name="position"/> or is the first after it; the last one after the last.</summary>
    public int ParagraphIndexAt(int position)
    {
        // Paragraphs are in text order and do not overlap, so their ends rise: the first end past the position.
        int lo = 0, hi = Paragraphs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (position < Paragraphs[mid].End)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo < Paragraphs.Count ? lo : Paragraphs.Count - 1;
    }

    /// <summary>Whether a quotation covers <paramref name="position"/>; a binary search over <see cref="Quotations"/>.</summary>
    public bool IsQuoted(int position) => QuotationIndex().Covers(position);

    /// <summary>
    /// Index of the first mention that starts at or after token <paramref name="token"/>, by binary search: the entity
    /// step leaves <see cref="Mentions"/> in text order.
    /// </summary>
    public int MentionIndexAtOrAfter(int token)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Mentions[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The mention that covers the token range ending just before <paramref name="endToken"/>, if any.</summary>
    public EntityMention? MentionEndingAt(int endToken) => Mentions.FirstOrDefault(m => m.EndToken == endToken);

    /// <summary>The pronoun or description whose last token is <paramref name="token"/>, or null.</summary>
    public EntityReference? ReferenceAt(int token)
    {
        int low = 0, high = References.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var at = References[middle].Token;
            if (at == token)
            {
                return References[middle];
            }

            if (at < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    public EntityMention? MentionStartingAt(int firstToken) => Mentions.FirstOrDefault(m => m.FirstToken == firstToken);

    /// <summary>The source a name mention gives: its article entity's full name, else the words themselves.</summary>
    public Speaker SpeakerOf(EntityMention mention) =>
        new(mention.Span, mention.Entity, mention.Entity >= 0 ? Entities[mention.Entity].Name : TextOf(mention.Span));

    /// <summary>Whether a quotation starts after <paramref name="after"/> and before <paramref name="before"/>.</summary>
    public bool QuotationStartsBetween(int after, int before) => QuotationIndex().StartsBetween(after, before);

    /// <summary>The frames of sentence <paramref name="sentence"/> lie in [First, End) of <see cref="Frames"/> (by binary search).</summary>
    public (int First, int End) FramesOfSentence(int sentence) => FrameIndex().OfSentence(sentence);

    /// <summary>No frame before this index of <see cref="Frames"/> has its cue at or after <paramref name="token"/>.</summary>
    public int FrameIndexAtOrAfterCue(int token) => FrameIndex().AtOrAfterCue(token);

    /// <summary>The frames whose cue starts in [<paramref name="first"/>, <paramref name="end"/>) or covers <paramref name="first"/> lie in [First, End) of <see cref="Frames"/>.</summary>
    public (int First, int End) FramesWithCueNear(int first, int end)
    {
        var index = FrameIndex();
        return (index.AtOrAfterCue(first - index.LongestCue), index.AfterCuesBefore(end));
    }

    private FrameIndex FrameIndex()
    {
        // Like quotations, frames are written once, by one step.
        if (_frameIndex is null || _frameIndex.Count != Frames.Count)
        {
            _frameIndex = new FrameIndex(Frames);
        }

        return _frameIndex;
    }

    private QuotationIndex QuotationIndex()
    {
        // Quotations are written once, by one step; the count tells an index built before that from a current one.
        if (_quotationIndex is null || _quotationIndex.Count != Quotations.Count)
        {
            _quotationIndex = new QuotationIndex(Quotations);
        }

        return _quotationIndex;
    }

    /// <summary>The first person of the article whose name is, or ends with, <paramref name="surname"/>.</summary>
    public int? PersonWithSurname(string surname, StringComparison comparison)
    {
        for (var e = 0; e < Entities.Count; e++)
        {
            var entity = Entities[e];
            if (entity.Type == EntityType.Person
                && (entity.Name.Equals(surname, comparison) || entity.Name.EndsWith(" " + surname, comparison)))
            {
                return e;
            }
        }

        return null;
    }
}

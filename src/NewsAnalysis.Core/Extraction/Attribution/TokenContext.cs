using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Frames;
using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Attribution;

/// <summary>
/// Everything the attribution features need about each token of one document, computed once so that
/// the per-label loop only combines numbers: word hashes, what earlier steps found (names, quotation
/// marks, rule-based cues and sources) and how far the nearest cue word is in the sentence.
/// </summary>
internal sealed class TokenContext
{
    public const int NoCue = int.MaxValue;

    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase) { "who", "which", "that", "whom", "whose" };

    private static readonly HashSet<string> PronounWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "you", "it", "his", "her", "their", "our", "my", "its", "him", "them", "us", "me",
    };

    private TokenContext(int count)
    {
        Profiles = new TokenProfile[count];
        Flags = new TokenFlags[count];
        CueLemma = new ulong[count];
        Mention = new byte[count];
        SentenceStart = new int[count];
        SentenceEnd = new int[count];
        CueLeft = new int[count];
        CueRight = new int[count];
        Kinds = new TokenKind[count];
    }

    public TokenProfile[] Profiles { get; }

    public TokenFlags[] Flags { get; }

    /// <summary>Hash of the cue lemma ("said" -> "say"), 0 when the word is no cue.</summary>
    public ulong[] CueLemma { get; }

    /// <summary>0 outside names; else 1 + 2 * entity type, plus 1 after a name's first token.</summary>
    public byte[] Mention { get; }

    public int[] SentenceStart { get; }

    public int[] SentenceEnd { get; }

    /// <summary>Tokens back to the nearest cue word of the same sentence, or <see cref="NoCue"/>.</summary>
    public int[] CueLeft { get; }

    /// <summary>Tokens on to the nearest cue word of the same sentence, or <see cref="NoCue"/>.</summary>
    public int[] CueRight { get; }

    public TokenKind[] Kinds { get; }

    /// <summary>The token ranges tagged as one sequence: the paragraphs.</summary>
    public List<(int First, int End)> Units { get; } = [];

    public int Count => Profiles.Length;

    public bool Has(int token, TokenFlags flag) => (Flags[token] & flag) != 0;

    public static TokenContext Of(AnalysisDocument document, CueVocabulary cues)
    {
        var tokens = document.Tokens;
        var context = new TokenContext(tokens.Count);
        var quotations = document.Quotations;
        var q = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            context.Profiles[t] = TokenProfile.Of(token.Text);
            context.Kinds[t] = token.Kind;
            context.SentenceStart[t] = t;
            context.SentenceEnd[t] = t + 1;
            context.CueLeft[t] = NoCue;
            context.CueRight[t] = NoCue;
            var flags = TokenFlags.None;
            while (q < quotations.Count && quotations[q].Span.End <= token.Start)
            {
                q++;
            }

            if (q < quotations.Count && quotations[q].Span.Contains(token.Start))
            {
                flags |= TokenFlags.Quoted;
            }

            if (token.Kind == TokenKind.QuotationMark)
            {
                flags |= TokenFlags.QuotationMark;
            }
            else if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                flags |= TokenFlags.Punctuation;
            }

            if (CueLexicon.TryGetLemma(token.Text, out var lemma))
            {
                flags |= TokenFlags.CueWord;
                flags |= CueLexicon.IsStrong(lemma) ? TokenFlags.StrongCue : TokenFlags.None;
                context.CueLemma[t] = FeatureHash.Of(lemma);
            }

            flags |= StanceLexicon.Contains(token.Text) ? TokenFlags.StanceWord : TokenFlags.None;
            flags |= cues.Contains(context.Profiles[t].Lower) ? TokenFlags.LearnedCue : TokenFlags.None;
            flags |= PronounWords.Contains(token.Text) ? TokenFlags.Pronoun : TokenFlags.None;
            flags |= RelativeWords.Contains(token.Text) ? TokenFlags.Relative : TokenFlags.None;
            context.Flags[t] = flags;
        }

        foreach (var mention in document.Mentions)
        {
            for (var t = mention.FirstToken; t < mention.EndToken && t < tokens.Count; t++)
            {
                context.Mention[t] = (byte)(1 + ((int)mention.Type * 2) + (t > mention.FirstToken ? 1 : 0));
            }
        }

        foreach (var frame in document.Frames)
        {
            for (var t = frame.CueToken; t < frame.CueEndToken; t++)
            {
                context.Flags[t] |= TokenFlags.FrameCue;
            }

            for (var t = frame.SourceFirstToken; t < frame.SourceEndToken; t++)
            {
                context.Flags[t] |= TokenFlags.FrameSource;
            }

            if (FrameContent.Of(document, frame) is { } content)
            {
                context.Flags[content.First] |= TokenFlags.RuleContentStart;
                for (var t = content.First; t < content.End; t++)
                {
                    context.Flags[t] |= TokenFlags.RuleContent;
                }
            }
        }

        foreach (var sentence in document.Sentences)
        {
            var lastCue = -1;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                context.SentenceStart[t] = sentence.FirstToken;
                context.SentenceEnd[t] = sentence.EndToken;
                context.CueLeft[t] = lastCue < 0 ? NoCue : t - lastCue;
                if (IsCueOutsideQuotes(context, t))
                {
                    lastCue = t;
                }
            }

            var nextCue = -1;
            for (var t = sentence.EndToken - 1; t >= sentence.FirstToken; t--)
            {
                context.CueRight[t] = nextCue < 0 ? NoCue : nextCue - t;
                if (IsCueOutsideQuotes(context, t))
                {
                    nextCue = t;
                }
            }
        }

        foreach (var paragraph in document.Paragraphs)
        {
            var first = document.TokenIndexAtOrAfter(paragraph.Start);
            var end = document.TokenIndexAtOrAfter(paragraph.End);
            if (end > first)
            {
                context.Units.Add((first, end));
            }
        }

        return context;
    }

    private static bool IsCueOutsideQuotes(TokenContext context, int t) =>
        (context.Flags[t] & (TokenFlags.CueWord | TokenFlags.StanceWord | TokenFlags.LearnedCue)) != 0 && (context.Flags[t] & TokenFlags.Quoted) == 0;
}

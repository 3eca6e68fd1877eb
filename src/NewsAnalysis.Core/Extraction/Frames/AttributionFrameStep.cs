using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Frames;

/// <summary>
/// Finds every cue ("said", "told", "according to") outside them whose
/// source the text names: a name, a pronoun resolved to the person it stands for, or a descriptor
/// ("a spokesman", "officials"). Appositions are skipped ("Hugh Hill, a doctor at the hospital, said").
/// </summary>
public sealed class AttributionFrameStep : IAnalysisStep
{

    public IReadOnlyList<DocumentLayer> Reads { get; } =
        [DocumentLayer.Segments, DocumentLayer.Mentions, DocumentLayer.Entities, DocumentLayer.Quotations];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.Frames];

    public void Run(AnalysisDocument document)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                var token = document.Tokens[c];
                if (token.Kind != TokenKind.Word || document.IsQuoted(token.Start))
                {
                    continue;
                }

                var frame = token.Text.Equals("according", StringComparison.OrdinalIgnoreCase)
                    ? AccordingTo(document, sentence, s, c)
                    : CueFrame(document, sentence, s, c);
                if (frame is not null)
                {
                    document.Frames.Add(frame);
                }
            }
        }
    }

    private static AttributionFrame? AccordingTo(AnalysisDocument document, Sentence sentence, int s, int c)
    {
        if (c + 2 >= sentence.EndToken || !document.Tokens[c + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var np = SourceAfterCue.Find(document, sentence, c + 2);
        return np is { } found
            ? new AttributionFrame(c, c + 2, "according to", found.Source, found.First, found.End, true, s)
            : null;
    }

    private static AttributionFrame? CueFrame(AnalysisDocument document, Sentence sentence, int s, int c)
    {
        var word = document.Tokens[c].Text;
        var lemma = "";
        var phrasal = c + 1 < sentence.EndToken && CueLexicon.TryGetPhrasalLemma(word, document.Tokens[c + 1].Text, out lemma);
        if (!phrasal && !CueLexicon.TryGetLemma(word, out lemma) || char.IsUpper(word[0]) && c != sentence.FirstToken)
        {
            return null;
        }

        // A plural-looking form followed by a verb of its own is a noun: "the boycott calls are unlikely", "his
        // claims were". Not "said" or "says": "the congressman said is designed", "what he says is true".
        if (!phrasal && word.EndsWith('s') && word != "says" && c + 1 < sentence.EndToken && document.Tokens[c + 1].Text is "is" or "are" or "was" or "were" or "have" or "has"
            or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must")
        {
            return null;
        }

        // "Carson continued." and "Trump went on." close a quote; "continued to grow" and "went on to win" are no cues.
        if ((lemma == "continue" && c + 1 < sentence.EndToken && document.Tokens[c + 1].Kind == TokenKind.Word)
            || (lemma == "go on" && c + 2 < sentence.EndToken && document.Tokens[c + 2].Kind == TokenKind.Word))
        {
            return null;
        }

        // "point out": the particle belongs to the cue; "pointed a finger at" is no cue.
        var cueEnd = phrasal ? c + 2 : c + 1;
        if (lemma == "point")
        {
            if (cueEnd >= sentence.EndToken || document.Tokens[cueEnd].Text is not "out")
            {
                return null;
            }

            cueEnd++;
        }

        // Passive: "a figure disputed by Russia's Defense Ministry" - the source follows "by".
        if (cueEnd + 1 < sentence.EndToken && document.Tokens[cueEnd].Text == "by")
        {
            var agent = SourceBeforeCue.PossessedOrSelf(document, sentence, cueEnd + 1);
            return agent is { } by && CueLexicon.IsStrong(lemma)
                ? new AttributionFrame(c, cueEnd, lemma, by.Source, by.First, by.End, true, s)
                : null;
        }

        // "The paper quoted Tom Baxter as saying ...": the speaker is the one quoted, not the one quoting.
        if (QuotedAsSaying(document, sentence, c) is { } quoted)
        {
            return new AttributionFrame(c, cueEnd, lemma, quoted.Source, quoted.First, quoted.End, true, s);
        }

        // A participle hangs on the clause's subject: "The United States ... have pointed a finger at the
        // Syrian government saying ...", "Putin has made comparisons ..., calling it ...".
        var before = CueLexicon.IsParticiple(word) && c > sentence.FirstToken
            ? ClauseSubjects.ClauseSubject(document, sentence, c)
            : SourceBeforeCue.Find(document, sentence, c);
        if (before is { } left && (CueLexicon.IsStrong(lemma) || IsDocument(document, left.End - 1)))
        {
            return new AttributionFrame(c, cueEnd, lemma, left.Source, left.First, left.End, false, s);
        }

        // Inverted order after a quote or clause: "..., said Putin", "..., said a spokesman". Not for verbs
        // whose object is the listener ("telling Reuters") nor for participles ("saying the plan …").
        if (CueLexicon.IsStrong(lemma) && !CueLexicon.TakesListener(lemma) && !CueLexicon.IsParticiple(word)
            && c > sentence.FirstToken && IsClauseBoundary(document.Tokens[c - 1]))
        {
            // "…, said the candidate could win": a name followed by its own verb is the subject of what was said.
            var after = SourceAfterCue.Find(document, sentence, cueEnd);
            if (after is { } right && !(right.End < sentence.EndToken && CueLexicon.ClauseWords.Contains(document.Tokens[right.End].Text)
                && document.Tokens[right.End].Text is not ("and" or "who" or "which" or "as" or "when" or "while")))
            {
                return new AttributionFrame(c, cueEnd, lemma, right.Source, right.First, right.End, true, s);
            }
        }

        return null;
    }

    /// <summary>
    /// The object of "quoted" (or "cited") when the participle at <paramref name="c"/> closes "quoted X as saying": the
    /// one whose words follow.
    /// </summary>
    private static (Speaker Source, int First, int End)? QuotedAsSaying(AnalysisDocument document, Sentence sentence, int c)
    {
        var tokens = document.Tokens;
        if (!CueLexicon.IsParticiple(tokens[c].Text) || c - 3 < sentence.FirstToken || !tokens[c - 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var q = c - 3; q >= Math.Max(sentence.FirstToken, c - 12); q--)
        {
            if (CueLexicon.TryGetLemma(tokens[q].Text, out var lemma) && lemma is "quote" or "cite")
            {
                return SourceAfterCue.Find(document, sentence, q + 1) is { } found && found.End <= c - 1 ? found : null;
            }
        }

        return null;
    }

    private static bool IsClauseBoundary(Token token) =>
        token.Kind == TokenKind.QuotationMark || token.Text is "," or "\u2014" or "--" or "-";

    private static bool IsDocument(AnalysisDocument document, int token) => CueLexicon.DocumentSources.Contains(document.Tokens[token].Text);
}

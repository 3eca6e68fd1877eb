using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Document;

/// <summary>
/// A speaker named inside a coordinated subject is the subject as a whole: "The United States, Britain and France have
/// pointed a finger", "said Putin and Lavrov". The widened speaker covers every conjunct and lists their entities as
/// <see cref="Speaker.Members"/>. A coordination is names joined by commas and one "and" (or "or") before the last,
/// each perhaps after "the"; all of them people, or none. Built once per document: lookups are by token.
/// </summary>
internal sealed class CoordinatedSpeakers
{
    private const int MaxConjuncts = 12;

    private readonly AnalysisDocument _document;
    private readonly Dictionary<int, EntityMention> _byFirst = [];
    private readonly Dictionary<int, EntityMention> _byEnd = [];

    public CoordinatedSpeakers(AnalysisDocument document)
    {
        _document = document;
        foreach (var mention in document.Mentions)
        {
            if (mention.Entity >= 0)
            {
                _byFirst.TryAdd(mention.FirstToken, mention);
                _byEnd.TryAdd(mention.EndToken, mention);
            }
        }
    }

    /// <summary>The speaker widened to its coordinated subject, or <paramref name="speaker"/> itself when it is in none.</summary>
    public Speaker? Widen(Speaker? speaker)
    {
        if (speaker?.Entity is not { } entity || HeadOf(speaker.Mention, entity) is not { } head)
        {
            return speaker;
        }

        var chain = ChainAround(head);
        if (chain is null)
        {
            return speaker;
        }

        var tokens = _document.Tokens;
        var first = chain[0].FirstToken;
        if (first > 0 && tokens[first - 1].Text is "the" or "The" && _document.SentenceIndexOfToken(first - 1) == _document.SentenceIndexOfToken(first))
        {
            first--;
        }

        var span = new TextSpan(Math.Min(tokens[first].Start, speaker.Mention.Start), Math.Max(chain[^1].Span.End, speaker.Mention.End));
        var members = chain.Select(m => m.Entity).Distinct().ToList();
        return members.Count < 2 ? speaker : new Speaker(span, null, _document.TextOf(span), members);
    }

    /// <summary>The last name mention of <paramref name="entity"/> inside the speaker's words.</summary>
    private EntityMention? HeadOf(TextSpan words, int entity)
    {
        EntityMention? head = null;
        var tokens = _document.Tokens;
        for (var t = _document.TokenIndexAtOrAfter(words.Start); t < tokens.Count && tokens[t].End <= words.End; t++)
        {
            if (_byFirst.TryGetValue(t, out var mention) && mention.Entity == entity && mention.Span.End <= words.End)
            {
                head = mention;
            }
        }

        return head;
    }

    /// <summary>The coordination <paramref name="head"/> is a conjunct of, in text order; null when there is none.</summary>
    private List<EntityMention>? ChainAround(EntityMention head)
    {
        var chain = new List<EntityMention> { head };
        var joins = new List<Join>();

        // Rightwards: commas between conjuncts, and a conjunction before the last, which ends the coordination.
        while (chain.Count <= MaxConjuncts && joins.LastOrDefault() != Join.Conjunction && Next(chain[^1]) is { } next)
        {
            chain.Add(next.Mention);
            joins.Add(next.Join);
        }

        // Leftwards: a conjunction only when none is on the right yet, commas before it.
        while (chain.Count <= MaxConjuncts && Previous(chain[0]) is { } previous && (previous.Join == Join.Comma || !joins.Contains(Join.Conjunction)))
        {
            chain.Insert(0, previous.Mention);
            joins.Insert(0, previous.Join);
        }

        // A list longer than any subject ("A, B, C, … and Z" of a table) speaks for no one as a whole; the bound also keeps
        // the pass linear.
        if (chain.Count > MaxConjuncts)
        {
            return null;
        }

        // "In Berlin, Merkel and Macron said": a conjunct after a preposition, or of another kind, is no part of it.
        var people = head.Type == EntityType.Person;
        while (chain.Count > 1 && (AfterPreposition(chain[0]) || (chain[0].Type == EntityType.Person) != people))
        {
            chain.RemoveAt(0);
            joins.RemoveAt(0);
        }

        while (chain.Count > 1 && (chain[^1].Type == EntityType.Person) != people)
        {
            chain.RemoveAt(chain.Count - 1);
            joins.RemoveAt(joins.Count - 1);
        }

        // One conjunction, before the last; "A, and B" takes a serial comma only after three conjuncts or more.
        var valid = chain.Count >= 2 && joins[^1] is Join.Conjunction or Join.CommaConjunction
            && joins.Take(joins.Count - 1).All(j => j == Join.Comma)
            && (joins[^1] != Join.CommaConjunction || chain.Count >= 3);
        return valid ? chain : null;
    }

    private (EntityMention Mention, Join Join)? Next(EntityMention mention)
    {
        var tokens = _document.Tokens;
        var t = mention.EndToken;
        var comma = t < tokens.Count && tokens[t].Text == ",";
        if (comma)
        {
            t++;
        }

        var conjunction = t < tokens.Count && tokens[t].Text is "and" or "or";
        if (conjunction)
        {
            t++;
        }

        if (t < tokens.Count && tokens[t].Text == "the")
        {
            t++;
        }

        if (!(comma || conjunction) || !SameSentence(mention.EndToken, t) || !_byFirst.TryGetValue(t, out var next))
        {
            return null;
        }

        return (next, JoinOf(comma, conjunction));
    }

    private (EntityMention Mention, Join Join)? Previous(EntityMention mention)
    {
        var tokens = _document.Tokens;
        var t = mention.FirstToken - 1;
        if (t >= 0 && tokens[t].Text == "the")
        {
            t--;
        }

        var conjunction = t >= 0 && tokens[t].Text is "and" or "or";
        if (conjunction)
        {
            t--;
        }

        var comma = t >= 0 && tokens[t].Text == ",";
        if (comma)
        {
            t--;
        }

        if (!(comma || conjunction) || t < 0 || !SameSentence(t, mention.FirstToken) || !_byEnd.TryGetValue(t + 1, out var previous))
        {
            return null;
        }

        return (previous, JoinOf(comma, conjunction));
    }

    private bool AfterPreposition(EntityMention mention)
    {
        var t = mention.FirstToken - 1;
        if (t >= 0 && _document.Tokens[t].Text is "the" or "The")
        {
            t--;
        }

        return t >= 0 && CueLexicon.Prepositions.Contains(_document.Tokens[t].Text);
    }

    private bool SameSentence(int a, int b) =>
        b < _document.Tokens.Count && _document.SentenceIndexOfToken(a) == _document.SentenceIndexOfToken(b);

    private static Join JoinOf(bool comma, bool conjunction) =>
        conjunction ? (comma ? Join.CommaConjunction : Join.Conjunction) : Join.Comma;

    private enum Join
    {
        Comma,
        Conjunction,
        CommaConjunction,
    }
}

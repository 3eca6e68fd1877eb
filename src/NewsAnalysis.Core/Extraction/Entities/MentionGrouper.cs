using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Groups the mentions of one article into entities: "Putin", "Vladimir Putin" and "President Putin" are
/// one person named by the longest form; "U.N." joins "United Nations" by its initials; gazetteer aliases
/// join their canonical entry ("USA" and "U.S." -> United States).
/// </summary>
internal static class MentionGrouper
{
    public static void Group(AnalysisDocument document)
    {
        document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        MarkPeopleByRelativeClause(document);
        AdoptSurnamesOfPeople(document);
        AddMissedSurnames(document);
        var index = new EntityNameIndex(document.Entities);
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var mention = document.Mentions[i];
            var name = mention.CanonicalName ?? NameAsWritten(document.TextOf(mention.Span));
            var entity = mention.CanonicalName is null && mention.Type == EntityType.Person
                ? index.FindPerson(name)
                : index.FindNamed(mention.Type, name, fromGazetteer: mention.CanonicalName is not null);
            if (entity < 0)
            {
                entity = index.Add(new ArticleEntity(name, mention.Type));
            }
            else if (mention.Type == EntityType.Person && name.Length > document.Entities[entity].Name.Length)
            {
                index.Rename(entity, name);
            }
            else if (mention.CanonicalName is null && IsAcronym(document.Entities[entity].Name) && !IsAcronym(name))
            {
                index.Rename(entity, name);
            }

            mention.Entity = entity;
            document.Entities[entity].Mentions.Add(i);
        }
    }

    /// <summary>
    /// "Trump, who praised Putin": a name that takes "who" is a person, wherever the article uses it; not a body's name
    /// that ends an apposition ("Marc Morial, the chief executive of the National Urban League, who").
    /// </summary>
    private static void MarkPeopleByRelativeClause(AnalysisDocument document)
    {
        var tokens = document.Tokens;
        var people = document.Mentions
            .Where(m => m.CanonicalName is null && m.EndToken + 1 < tokens.Count
                && tokens[m.EndToken].Text == "," && tokens[m.EndToken + 1].Text == "who"
                && !NameLexicon.OrganizationHeads.Contains(tokens[m.EndToken - 1].Text)
                && !(m.FirstToken > 0 && CueLexicon.Prepositions.Contains(tokens[m.FirstToken - 1].Text)))
            .Select(m => document.TextOf(m.Span))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
        {
            if (m.CanonicalName is null && people.Contains(document.TextOf(m.Span)))
            {
                m.Type = EntityType.Person;
            }
        }
    }

    /// <summary>
    /// A name of another type that is a person's name or surname in this article is that person: one word ("the Trump
    /// administration" beside "Trump said"), or a first name and that surname ("Barack Obama" typed an organisation
    /// beside "Obama said"), unless an organisation's head word makes it a body ("Clinton Foundation").
    /// </summary>
    private static void AdoptSurnamesOfPeople(AnalysisDocument document)
    {
        var tokens = document.Tokens;
        var surnames = document.Mentions
            .Where(m => m.Type == EntityType.Person && m.CanonicalName is null)
            .Select(m => tokens[m.EndToken - 1].Text)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var m in document.Mentions)
        {
            if (m.Type == EntityType.Person || m.CanonicalName is not null || !surnames.Contains(tokens[m.EndToken - 1].Text))
            {
                continue;
            }

            var words = m.EndToken - m.FirstToken;
            if (words == 1 || words == 2 && tokens[m.FirstToken].IsCapitalized && !NameLexicon.OrganizationHeads.Contains(tokens[m.FirstToken].Text)
                && !NameLexicon.NotNames.Contains(tokens[m.FirstToken].Text) && !NameLexicon.Demonyms.Contains(tokens[m.FirstToken].Text))
            {
                m.Type = EntityType.Person;
            }
        }
    }

    /// <summary>
    /// The recogniser can miss a lone surname ("Trump openly admires …" at the start of a sentence) that the
    /// article names in full elsewhere ("Donald Trump"): every other use of that surname is the person too.
    /// </summary>
    private static void AddMissedSurnames(AnalysisDocument document)
    {
        var surnames = document.Mentions
            .Where(m => m.Type == EntityType.Person && m.CanonicalName is null && m.EndToken - m.FirstToken >= 2)
            .Select(m => document.Tokens[m.EndToken - 1].Text)
            .Where(s => s.Length > 2 && !NameLexicon.NotNames.Contains(s))
            .ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        var covered = new bool[document.Tokens.Count];
        foreach (var m in document.Mentions)
        {
            for (var t = m.FirstToken; t < m.EndToken; t++)
            {
                covered[t] = true;
            }
        }

        var added = false;
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            var token = document.Tokens[t];
            if (!covered[t] && surnames.Contains(token.Text) && !IsPartOfLongerName(document, t))
            {
                document.Mentions.Add(new EntityMention(token.Span, t, t + 1, EntityType.Person));
                added = true;
            }
        }

        if (added)
        {
            document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    /// <summary>"Trump Tower", "Bush administration" aside: a capitalised neighbour makes it another name.</summary>
    private static bool IsPartOfLongerName(AnalysisDocument document, int t)
    {
        var tokens = document.Tokens;
        if (t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Word && tokens[t + 1].IsCapitalized)
        {
            return true;
        }

        var sentence = document.Sentences[document.SentenceIndexOfToken(t)];
        return t > sentence.FirstToken && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 1].IsCapitalized
            && !NameLexicon.Titles.Contains(tokens[t - 1].Text) && t - 1 != sentence.FirstToken;
    }

    /// <summary>
    /// A name as the text writes it, with one plain space wherever the text has a run of spaces of any kind (a
    /// no-break space, a line break), without invisible characters (a soft hyphen, a zero-width space) and without the
    /// square brackets of an editor's insertion ("[Gary] Johnson"): "Donald Trump" written with a no-break space is
    /// the same name.
    /// </summary>
    internal static string NameAsWritten(string text)
    {
        var name = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = name.Length > 0;
            }
            else if (c is not ('[' or ']') && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                if (space)
                {
                    name.Append(' ');
                    space = false;
                }

                name.Append(c);
            }
        }

        return name.ToString();
    }

    internal static bool IsAcronym(string name) => name.Length >= 2 && name.All(c => char.IsUpper(c) || c == '.');

    internal static string Letters(string name) => new(name.Where(char.IsLetter).ToArray());

    internal static string Initials(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]))
            .Select(w => w[0])
            .ToArray());
}

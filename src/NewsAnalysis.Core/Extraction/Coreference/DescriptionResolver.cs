using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// Links definite descriptions of people ("the president", "the Russian leader", "the former secretary of state") to the
/// person the article has described so. A person's descriptions come from the article itself: the titles, nationality
/// and place before a name ("Russian President Vladimir Putin", "New Jersey Gov. Chris Christie") and the apposition
/// after it ("Tillerson, the secretary of state,", "Trump, the New York businessman,"). A description resolves only when
/// exactly one person named before it fits: its role, and its nationality and places where it says them ("the Florida
/// senator"); "leader" fits any head of state or government. Otherwise it stays unresolved.
/// </summary>
internal static class DescriptionResolver
{
    private const int MaxTitleWords = 5;
    private const int MaxAppositionWords = 8;
    private const int MaxCandidates = 64;

    /// <summary>The roles a description may name (lower case).</summary>
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "leader", "minister", "secretary", "senator", "governor", "chancellor", "premier", "king", "queen",
        "pope", "congressman", "congresswoman", "mayor", "ambassador", "envoy", "nominee", "candidate", "chairman",
        "chairwoman", "general", "commander", "judge", "justice", "speaker", "lawmaker", "representative", "businessman",
        "businesswoman", "mogul", "billionaire", "tycoon", "magnate", "spokesman", "spokeswoman", "spokesperson", "lawyer",
        "attorney", "prosecutor", "actor", "actress", "author", "columnist", "economist", "professor", "activist", "coach",
        "founder", "host", "anchor", "moderator", "pollster", "strategist", "adviser", "advisor", "aide", "manager",
    };

    /// <summary>The roles that abbreviated titles before a name stand for ("Gov. Chris Christie" is a governor).</summary>
    private static readonly Dictionary<string, string> AbbreviatedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Gov."] = "governor",
        ["Sen."] = "senator",
        ["Rep."] = "representative",
        ["Gen."] = "general",
        ["Pres."] = "president",
        ["Sec."] = "secretary",
        ["Amb."] = "ambassador",
        ["Cmdr."] = "commander",
    };

    /// <summary>The roles "leader" stands for.</summary>
    private static readonly HashSet<string> Leaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "leader", "minister", "chancellor", "premier", "king", "queen",
    };

    /// <summary>Words between "the" and the role that do not change who is meant.</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "current", "outgoing", "incoming", "new", "then", "top", "prime", "vice", "presidential", "foreign",
        "defense", "defence", "democratic", "republican",
    };

    /// <summary>Adds the article's resolved and unresolved descriptions of people to <paramref name="references"/>.</summary>
    public static void Resolve(AnalysisDocument document, List<EntityReference> references)
    {
        var described = DescriptionsOfPeople(document);
        var firstMention = new Dictionary<int, int>();
        foreach (var mention in document.Mentions)
        {
            if (mention.Entity >= 0 && described.ContainsKey(mention.Entity))
            {
                firstMention.TryAdd(mention.Entity, mention.FirstToken);
            }
        }

        var tokens = document.Tokens;
        for (var t = 0; t < tokens.Count - 1; t++)
        {
            if (!tokens[t].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || Description(document, t) is not { } description)
            {
                continue;
            }

            // At most MaxCandidates described people are weighed, which keeps the step linear; an article that describes
            // more leaves its descriptions unresolved.
            var candidates = described.Count > MaxCandidates ? [] : described
                .Where(d => firstMention[d.Key] < t && Fits(d.Value, description.Role, description.Nationality, description.Qualifiers))
                .Select(d => d.Key)
                .Take(2)
                .ToList();
            var span = new TextSpan(tokens[t].Start, tokens[description.End - 1].End);
            references.Add(new EntityReference(span, description.End - 1, ReferenceKind.Description, candidates.Count == 1 ? candidates[0] : null));
            t = description.End - 1;
        }
    }

    private static bool Fits(HashSet<string> descriptions, string role, string? nationality, List<string> qualifiers) =>
        (role.Equals("leader", StringComparison.OrdinalIgnoreCase) ? descriptions.Overlaps(Leaders) : descriptions.Contains(role))
        && (nationality is null || descriptions.Contains(nationality))
        && qualifiers.TrueForAll(descriptions.Contains);

    /// <summary>
    /// The description opening with "the" at <paramref name="the"/>: up to three modifiers, places or a nationality, a
    /// role, and "of state" after "secretary". Null when the words are no description of a person, or title a name after them.
    /// </summary>
    private static (string Role, string? Nationality, List<string> Qualifiers, int End)? Description(AnalysisDocument document, int the)
    {
        var tokens = document.Tokens;
        if (document.IsQuoted(tokens[the].Start))
        {
            return null;
        }

        string? nationality = null;
        var qualifiers = new List<string>();
        var t = the + 1;
        for (var words = 0; t < tokens.Count && words < 3; t++, words++)
        {
            var text = tokens[t].Text;
            if (NameLexicon.Demonyms.Contains(text) && nationality is null)
            {
                nationality = text;
            }
            else if (tokens[t].IsCapitalized && !Roles.Contains(text) && !Modifiers.Contains(text))
            {
                // "the Florida senator", "the New Jersey governor": the place must be one the article gave the person.
                qualifiers.Add(text);
            }
            else if (!Modifiers.Contains(text))
            {
                break;
            }
        }

        if (t >= tokens.Count || !Roles.Contains(tokens[t].Text) || nationality is null && tokens[t].Text.Equals("leader", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var role = tokens[t].Text.ToLowerInvariant();
        var end = t + 1;
        if (role == "secretary" && end + 1 < tokens.Count && tokens[end].Text == "of" && char.IsLetter(tokens[end + 1].Text[0]))
        {
            end += 2;
        }

        // "the Russian President Vladimir Putin": a title of the name that follows, not a description.
        var sentenceEnd = document.Sentences[document.SentenceIndexOfToken(the)].EndToken;
        if (end < sentenceEnd && (tokens[end].IsCapitalized || tokens[end].Text is "'s" or "\u2019s"))
        {
            return null;
        }

        return (role, nationality, qualifiers, end);
    }

    /// <summary>For each person entity, the roles and nationalities the article gives it (lower case).</summary>
    private static Dictionary<int, HashSet<string>> DescriptionsOfPeople(AnalysisDocument document)
    {
        var tokens = document.Tokens;
        var described = new Dictionary<int, HashSet<string>>();
        var inPlace = new bool[tokens.Count];
        foreach (var mention in document.Mentions)
        {
            if (mention.Type == EntityType.Location)
            {
                Array.Fill(inPlace, true, mention.FirstToken, mention.EndToken - mention.FirstToken);
            }
        }

        foreach (var mention in document.Mentions)
        {
            if (mention.Type != EntityType.Person || mention.Entity < 0)
            {
                continue;
            }

            // "Russian President Vladimir Putin", "New Jersey Gov. Chris Christie".
            var words = new List<string>();
            for (var t = mention.FirstToken - 1; t >= 0 && t >= mention.FirstToken - MaxTitleWords; t--)
            {
                var text = tokens[t].Text;
                if (!(NameLexicon.Titles.Contains(text) || NameLexicon.Demonyms.Contains(text) || Roles.Contains(text) || Modifiers.Contains(text) || text == "of"
                    || inPlace[t]))
                {
                    break;
                }

                words.Add(AbbreviatedRoles.GetValueOrDefault(text, text));
            }

            // "Tillerson, the secretary of state," and "Putin, Russia's president,".
            if (mention.EndToken + 2 < tokens.Count && tokens[mention.EndToken].Text == ","
                && (tokens[mention.EndToken + 1].Text is "the" or "a" or "an" || tokens[mention.EndToken + 2].Text is "'s" or "\u2019s"))
            {
                for (var t = mention.EndToken + 1; t < tokens.Count && t <= mention.EndToken + MaxAppositionWords && tokens[t].Kind == TokenKind.Word; t++)
                {
                    words.Add(tokens[t].Text);
                }
            }

            var roles = words.Where(w => Roles.Contains(w) || NameLexicon.Demonyms.Contains(w) || char.IsUpper(w[0])).ToList();
            if (roles.Count > 0)
            {
                if (!described.TryGetValue(mention.Entity, out var set))
                {
                    set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    described[mention.Entity] = set;
                }

                set.UnionWith(roles);
            }
        }

        return described;
    }
}

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Coreference;

/// <summary>
/// Links the third-person pronouns of an article ("he", "her", "himself") to the person each stands for, where the
/// text settles it. The candidates are the people named before the pronoun, nearby, whose gender (from a title, a role
/// noun, a first name the model knows, or an earlier pronoun) does not contradict it. With an
/// <see cref="AntecedentModel"/> the likeliest of them is taken when the model is sure enough, inside quotations too
/// (a speaker's "he" is someone the article named); without one, the nearest, except that a pronoun opening a sentence
/// carries on the person who opened the sentence before, and pronouns inside quotation marks stay unresolved. A
/// pronoun with no such person stays unresolved: never a guess from far away. Descriptions of people ("the Russian
/// leader") follow (<see cref="DescriptionResolver"/>).
/// </summary>
public sealed class CoreferenceStep(AntecedentModel? model = null) : IAnalysisStep
{
    /// <summary>How many sentences back a pronoun looks for its person, its own included.</summary>
    private const int WindowSentences = 4;

    /// <summary>How many names back a pronoun looks at most.</summary>
    private const int MaxCandidates = 30;

    /// <summary>How far after a pronoun in a fronted phrase the phrase's comma may come.</summary>
    private const int MaxFrontedTokens = 25;

    /// <summary>Last words of a place's name.</summary>
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "Park", "Bay", "Street", "Avenue", "Road", "Square", "River", "Lake", "Island", "Islands", "Mountain",
        "Mountains", "Valley", "County", "City", "State", "Province", "District", "Region", "Airport", "Station",
        "Beach", "Hills", "Heights", "Bridge", "Hall", "Stadium", "Arena", "Coast", "Sea", "Ocean", "Gulf", "Peninsula",
    };

    /// <summary>Words after which a name is a place ("in Tulsa", "near Aleppo").</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "in", "near", "outside", "throughout", "across", "into", "towards", "toward", "from",
    };

    /// <summary>Words that open a fronted clause, besides prepositions ("When he …, Smith …").</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "while", "although", "though", "as", "because", "if", "once", "until", "whenever", "whereas",
    };

    private static readonly Dictionary<string, Gender> PronounGenders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = Gender.Masculine,
        ["him"] = Gender.Masculine,
        ["his"] = Gender.Masculine,
        ["himself"] = Gender.Masculine,
        ["she"] = Gender.Feminine,
        ["her"] = Gender.Feminine,
        ["hers"] = Gender.Feminine,
        ["herself"] = Gender.Feminine,
    };

    /// <summary>Titles and role nouns that mark the gender of the name right after them ("Mrs. Hill", "actress Jane Hill", "his wife Jane").</summary>
    private static readonly Dictionary<string, Gender> GenderedWords = Words(
        Gender.Masculine,
        "Mr", "Mr.", "Sir", "King", "Prince", "Lord", "Father", "Duke", "Baron", "Emperor", "Count", "Earl", "husband",
        "son", "brother", "actor", "uncle", "nephew", "grandson", "grandfather", "stepfather", "stepson", "boyfriend",
        "widower", "businessman", "chairman", "spokesman", "congressman", "sportsman", "monk", "groom")
        .Concat(Words(
            Gender.Feminine,
            "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Lady", "Queen", "Princess", "Dame", "Sister", "Duchess", "Baroness",
            "Empress", "Countess", "Madam", "Madame", "wife", "daughter", "mother", "actress", "aunt", "niece",
            "granddaughter", "grandmother", "stepmother", "stepdaughter", "girlfriend", "widow", "businesswoman",
            "chairwoman", "spokeswoman", "congresswoman", "sportswoman", "nun", "bride", "heiress"))
        .ToDictionary(StringComparer.OrdinalIgnoreCase);

    internal enum Gender
    {
        Unknown,
        Masculine,
        Feminine,
    }

    private static IEnumerable<KeyValuePair<string, Gender>> Words(Gender gender, params string[] words) =>
        words.Select(w => KeyValuePair.Create(w, gender));

    public IReadOnlyList<DocumentLayer> Reads { get; } =
        [DocumentLayer.Segments, DocumentLayer.Mentions, DocumentLayer.Entities, DocumentLayer.Quotations];

    public IReadOnlyList<DocumentLayer> Writes { get; } = [DocumentLayer.References];

    public void Run(AnalysisDocument document)
    {
        var context = ContextOf(document, model?.FirstNames ?? FirstNameGenders.Empty);
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Word || !PronounGenders.TryGetValue(token.Text, out var gender))
            {
                continue;
            }

            int? entity = model is not null ? Likeliest(model, Candidates(document, t, gender, context, model.HashBits))
                : document.IsQuoted(token.Start) ? null
                : Antecedent(document, t, gender, context);
            if (entity is { } e && context.Genders[e] == Gender.Unknown)
            {
                context.Genders[e] = gender;
            }

            document.References.Add(new EntityReference(token.Span, t, ReferenceKind.Pronoun, entity));
        }

        DescriptionResolver.Resolve(document, document.References);
        document.References.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    /// <summary>The person entity the pronoun at token <paramref name="pronoun"/> stands for, or null.</summary>
    private static int? Antecedent(AnalysisDocument document, int pronoun, Gender gender, PronounContext context)
    {
        var sentenceIndex = document.SentenceIndexOfToken(pronoun);
        var sentence = document.Sentences[sentenceIndex];
        var genders = context.Genders;
        var nearest = NamesInWindow(document, pronoun).Select(m => document.Mentions[m]).FirstOrDefault(m => Fits(document, m, gender, genders));

        var reflexive = document.Tokens[pronoun].Text.EndsWith("self", StringComparison.OrdinalIgnoreCase);
        if (nearest is null || reflexive && nearest.FirstToken < sentence.FirstToken)
        {
            return null;
        }

        // "Smith met Jones in May. He said …": a pronoun that opens its sentence carries on the previous one's subject.
        if (nearest.FirstToken < sentence.FirstToken && sentenceIndex > 0 && OpensClause(document, sentence, pronoun)
            && context.Openers[sentenceIndex - 1] is { } opener && opener.FirstToken >= WindowStart(document, sentenceIndex)
            && Fits(document, opener, gender, genders))
        {
            return opener.Entity;
        }

        return nearest.Entity;
    }

    /// <summary>
    /// The names a pronoun may stand for, nearest first, each with the antecedent model's features: person mentions
    /// within the window that end before it and whose entity's known gender fits.
    /// </summary>
    internal static List<AntecedentCandidate> Candidates(
        AnalysisDocument document, int pronoun, Gender gender, PronounContext context, int hashBits)
    {
        var fitting = new List<(int Mention, int NamesBetween)>();
        var namesBetween = 0;
        foreach (var m in NamesInWindow(document, pronoun))
        {
            var mention = document.Mentions[m];
            if (!context.People[m] || mention.Entity < 0)
            {
                continue;
            }

            var known = context.Genders[mention.Entity];
            if (known == Gender.Unknown || known == gender)
            {
                fitting.Add((m, namesBetween));
            }

            namesBetween++;
        }

        var cataphoric = CataphoricName(document, pronoun, context.People);
        if (cataphoric is { } c && context.Genders[document.Mentions[c].Entity] is var g && (g == Gender.Unknown || g == gender))
        {
            fitting.Add((c, 0));
        }

        var rivals = fitting.Select(f => document.Mentions[f.Mention].Entity).Distinct().Count() - 1;
        var candidates = new List<AntecedentCandidate>(fitting.Count);
        var nearerOfEntity = new HashSet<int>();
        foreach (var (m, between) in fitting)
        {
            var mention = document.Mentions[m];
            var opener = context.Openers[document.SentenceIndexOfToken(mention.FirstToken)] == mention;
            var standing = new CandidateStanding(
                between, context.Ordinals[m], opener, context.FirstPerson, rivals, context.Genders[mention.Entity] != Gender.Unknown,
                !nearerOfEntity.Add(mention.Entity), context.Totals[mention.Entity], m == cataphoric);
            var features = AntecedentFeatures.Of(document, pronoun, mention, standing, hashBits);
            candidates.Add(new AntecedentCandidate(mention, features));
        }

        return candidates;
    }

    /// <summary>
    /// The name a pronoun in a fronted phrase may stand for although it comes later: the person named right after the
    /// phrase's comma, where the main clause begins ("In his review, Smith wrote …", "When she arrived, Jones …"). The
    /// sentence must open with a preposition or a subordinating word, and no other break may come between the pronoun
    /// and that comma. Null when the sentence is not built so.
    /// </summary>
    private static int? CataphoricName(AnalysisDocument document, int pronoun, bool[] people)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceIndexOfToken(pronoun)];
        var first = FirstWord(document, sentence, pronoun);
        if (first == pronoun || !(CueLexicon.Prepositions.Contains(tokens[first].Text) || Subordinators.Contains(tokens[first].Text)))
        {
            return null;
        }

        var end = Math.Min(sentence.EndToken, pronoun + MaxFrontedTokens);
        for (var t = pronoun + 1; t < end; t++)
        {
            if (tokens[t].Text is ";" or ":" or "(" or "--" or "\u2014" || tokens[t].Kind == TokenKind.QuotationMark)
            {
                return null;
            }

            if (tokens[t].Text != ",")
            {
                continue;
            }

            var m = document.MentionIndexAtOrAfter(t + 1);
            return m < document.Mentions.Count && document.Mentions[m].FirstToken == t + 1 && people[m] && document.Mentions[m].Entity >= 0
                ? m
                : null;
        }

        return null;
    }

    /// <summary>What the candidates of every pronoun of <paramref name="document"/> are read against.</summary>
    internal static PronounContext ContextOf(AnalysisDocument document, FirstNameGenders firstNames)
    {
        var people = People(document, firstNames);
        return new(
            GendersOf(document, firstNames, people),
            SentenceOpeners(document),
            Ordinals(document, out var totals),
            document.Mentions.FirstOrDefault(m => m.Type == EntityType.Person)?.Entity ?? -1,
            people,
            totals);
    }

    /// <summary>
    /// For each mention, whether a pronoun may stand for it: a person's name; a name the recogniser typed otherwise
    /// that opens with a first name of known gender or follows a gendered title or role noun ("Ayako Suzuki",
    /// "actress Jo Smith"); or an unknown name typed place or organisation that nothing marks as one (<see
    /// cref="MayBeAPerson"/>). The recogniser misses foreign and uncommon names, and the pronoun model weighs the
    /// mention's type.
    /// </summary>
    private static bool[] People(AnalysisDocument document, FirstNameGenders firstNames)
    {
        var mayBe = MayBeAPerson(document);
        var people = new bool[document.Mentions.Count];
        for (var m = 0; m < people.Length; m++)
        {
            var mention = document.Mentions[m];
            people[m] = mention.Type == EntityType.Person
                || mention.Entity >= 0 && mayBe[mention.Entity]
                || mention.EndToken - mention.FirstToken >= 2 && firstNames.Of(document.Tokens[mention.FirstToken].Text) is not Gender.Unknown
                || mention.FirstToken > 0 && GenderedWords.ContainsKey(document.Tokens[mention.FirstToken - 1].Text);
        }

        return people;
    }

    /// <summary>
    /// For each entity typed Location or Organization, whether it may still be a person the recogniser mistyped: none of
    /// its mentions is a place or organisation the gazetteer knows, an acronym, an abbreviation, a name ending in an
    /// organisation or place word ("Tax Policy Center", "Kaneohe Bay"), a name right after "the", "in", "near" and the
    /// like ("the State", "in Tulsa"), or a name opening with a word that is no name ("Somebody").
    /// </summary>
    private static bool[] MayBeAPerson(AnalysisDocument document)
    {
        var mayBe = new bool[document.Entities.Count];
        var ruledOut = new bool[document.Entities.Count];
        foreach (var mention in document.Mentions)
        {
            if (mention.Entity < 0 || mention.Type is not (EntityType.Location or EntityType.Organization))
            {
                continue;
            }

            var last = document.Tokens[mention.EndToken - 1].Text;
            ruledOut[mention.Entity] |= mention.CanonicalName is not null
                || Acronym(document.TextOf(mention.Span))
                || last.EndsWith('.')
                || NameLexicon.OrganizationHeads.Contains(last)
                || PlaceHeads.Contains(last)
                || mention.FirstToken > 0 && (PlaceWords.Contains(document.Tokens[mention.FirstToken - 1].Text)
                    || document.Tokens[mention.FirstToken - 1].Text is "the" or "The")
                || NameLexicon.NotNames.Contains(document.Tokens[mention.FirstToken].Text);
            mayBe[mention.Entity] = true;
        }

        for (var e = 0; e < mayBe.Length; e++)
        {
            mayBe[e] &= !ruledOut[e];
        }

        return mayBe;
    }

    private static bool Acronym(string name) => name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// Indices of the mentions ending before <paramref name="pronoun"/>, nearest first, back to the start of the window
    /// and at most <see cref="MaxCandidates"/> of them: the bound keeps the step linear in the article's length.
    /// </summary>
    private static IEnumerable<int> NamesInWindow(AnalysisDocument document, int pronoun)
    {
        var windowStart = WindowStart(document, document.SentenceIndexOfToken(pronoun));
        var looked = 0;
        for (var m = LastMentionEndingBy(document, pronoun); m >= 0 && looked < MaxCandidates; m--, looked++)
        {
            if (document.Mentions[m].FirstToken < windowStart)
            {
                yield break;
            }

            yield return m;
        }
    }

    private static int WindowStart(AnalysisDocument document, int sentenceIndex) =>
        document.Sentences[Math.Max(0, sentenceIndex - WindowSentences + 1)].FirstToken;

    /// <summary>The gender a pronoun marks, or null for any other word.</summary>
    internal static Gender? GenderOf(string word) => PronounGenders.TryGetValue(word, out var gender) ? gender : null;

    /// <summary>
    /// Each person's gender as the article marks it: a title or role noun before one of its names ("Mrs. Hill",
    /// "his wife Jane Hill"), else a first name the model knows, alone or before a surname ("Karen", "Karen Blixen");
    /// unknown elsewhere, and unknown when the marks disagree.
    /// </summary>
    private static Gender[] GendersOf(AnalysisDocument document, FirstNameGenders firstNames, bool[] people)
    {
        var titled = new Gender[document.Entities.Count];
        var named = new Gender[document.Entities.Count];
        for (var m = 0; m < people.Length; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Entity < 0 || !people[m])
            {
                continue;
            }

            if (mention.FirstToken > 0 && GenderedWords.TryGetValue(document.Tokens[mention.FirstToken - 1].Text, out var marked))
            {
                titled[mention.Entity] = titled[mention.Entity] is Gender.Unknown || titled[mention.Entity] == marked ? marked : Gender.Unknown;
            }

            if (firstNames.Of(document.Tokens[mention.FirstToken].Text) is not Gender.Unknown and var first
                && named[mention.Entity] != first)
            {
                named[mention.Entity] = named[mention.Entity] is Gender.Unknown ? first : Gender.Unknown;
            }
        }

        for (var e = 0; e < titled.Length; e++)
        {
            titled[e] = titled[e] is Gender.Unknown ? named[e] : titled[e];
        }

        return titled;
    }

    /// <summary>For each mention, how many mentions of its entity there are up to and including it; and each entity's count.</summary>
    private static int[] Ordinals(AnalysisDocument document, out int[] totals)
    {
        var seen = new int[document.Entities.Count];
        var ordinals = new int[document.Mentions.Count];
        for (var m = 0; m < document.Mentions.Count; m++)
        {
            var entity = document.Mentions[m].Entity;
            ordinals[m] = entity >= 0 ? ++seen[entity] : 1;
        }

        totals = seen;
        return ordinals;
    }

    private static int? Likeliest(AntecedentModel model, List<AntecedentCandidate> candidates)
    {
        int? best = null;
        var bestProbability = model.Threshold;
        foreach (var candidate in candidates)
        {
            var probability = model.Probability(candidate.Features);
            if (probability >= bestProbability)
            {
                (best, bestProbability) = (candidate.Mention.Entity, probability);
            }
        }

        return best;
    }

    /// <summary>Index of the last mention (by start) that ends at or before <paramref name="token"/>, or -1.</summary>
    private static int LastMentionEndingBy(AnalysisDocument document, int token)
    {
        var m = document.MentionIndexAtOrAfter(token) - 1;
        while (m >= 0 && document.Mentions[m].EndToken > token)
        {
            m--;
        }

        return m;
    }

    /// <summary>For each sentence, its first name when that starts within the sentence's first three tokens.</summary>
    private static EntityMention?[] SentenceOpeners(AnalysisDocument document)
    {
        var openers = new EntityMention?[document.Sentences.Count];
        var m = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (m < document.Mentions.Count && document.Mentions[m].FirstToken < sentence.FirstToken)
            {
                m++;
            }

            if (m < document.Mentions.Count && document.Mentions[m].FirstToken <= sentence.FirstToken + 2
                && document.Mentions[m].FirstToken < sentence.EndToken)
            {
                openers[s] = document.Mentions[m];
            }
        }

        return openers;
    }

    private static bool Fits(AnalysisDocument document, EntityMention mention, Gender gender, Gender[] genders) =>
        mention.Type == EntityType.Person && mention.Entity >= 0
        && !document.IsQuoted(mention.Span.Start)
        && (genders[mention.Entity] == Gender.Unknown || genders[mention.Entity] == gender);

    /// <summary>The pronoun is the sentence's first word, or follows only an opening conjunction ("But he …").</summary>
    private static bool OpensClause(AnalysisDocument document, Sentence sentence, int pronoun)
    {
        var first = FirstWord(document, sentence, pronoun);
        return first == pronoun
            || first + 1 == pronoun && document.Tokens[first].Text is "But" or "And" or "Then" or "So" or "Later" or "There";
    }

    /// <summary>The sentence's first token after any opening punctuation and quotation marks, no later than <paramref name="limit"/>.</summary>
    private static int FirstWord(AnalysisDocument document, Sentence sentence, int limit)
    {
        var first = sentence.FirstToken;
        while (first < limit && document.Tokens[first].Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
        {
            first++;
        }

        return first;
    }
}

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

/// <summary>
/// Names that are names: no opening function word, no title, no "of" and a place after a person, no split at a middle
/// initial, and one person however the article writes them.
/// </summary>
public sealed class NameCleanupTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules);

    private static List<(string Name, EntityType Type)> EntitiesOf(string text)
    {
        var document = Pipeline.Analyze(text);
        return [.. document.Entities.Select(e => (e.Name, e.Type))];
    }

    [Theory]
    [InlineData("Given Obama's record, the vote was close. Barack Obama spoke later.", "Given")]
    [InlineData("Unlike Patriot missiles, the new system is cheap.", "Unlike")]
    public void NoNameOpensWithAFunctionWord(string text, string word)
    {
        Assert.DoesNotContain(EntitiesOf(text), e => e.Name.StartsWith(word + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void TitleBeforeAPerson_NeverMakesThePersonAPlace()
    {
        // The recogniser alone reads "in Representative Lisa Moreno" as a place.
        var entities = ExtractionPipeline.CreateDefault().Analyze("\"We agree with that,\" chimed in Representative Lisa Moreno.").Entities;

        var moreno = Assert.Single(entities, e => e.Name.Contains("Moreno", StringComparison.Ordinal));
        Assert.Equal(("Lisa Moreno", EntityType.Person), (moreno.Name, moreno.Type));
    }

    [Theory]
    [InlineData("Secretary of State John Kerry arrived on Monday.", "John Kerry")]
    [InlineData("Secretary of State Mike Pompeo met reporters in Paris on Monday.", "Mike Pompeo")]
    [InlineData("Former Secretary of State Hillary Clinton spoke in Ohio.", "Hillary Clinton")]
    [InlineData("U.S. Secretary of State Quelmara Dostevik arrived in Oslo on Tuesday.", "Quelmara Dostevik")]
    [InlineData("Chancellor of the Exchequer Philip Hammond said taxes would rise.", "Philip Hammond")]
    [InlineData("Secretary of Defense Jim Mattis would attend, officials said.", "Jim Mattis")]
    [InlineData("Minister of State Alistair Burt spoke in London on Wednesday.", "Alistair Burt")]
    [InlineData("Defense Secretary Ash Carter met troops in Iraq.", "Ash Carter")]
    [InlineData("Secretary of the Treasury Steven Mnuchin said on Friday that the plan would pass.", "Steven Mnuchin")]
    public void TitleBeforeAName_IsNoPartOfIt_AndTheNameIsOnePerson(string text, string person)
    {
        var document = ExtractionPipeline.CreateDefault().Analyze(text);

        var mentions = document.Mentions.Select(m => (Text: text[m.Span.Start..m.Span.End], m.Type)).ToList();
        Assert.Contains((person, EntityType.Person), mentions);
        Assert.Contains((person, EntityType.Person), document.Entities.Select(e => (e.Name, e.Type)));
        string[] titleWords = ["Secretary", "State", "Defense", "Minister", "Chancellor", "Exchequer", "Treasury"];
        Assert.DoesNotContain(mentions, m => m.Text.Split(' ').Any(titleWords.Contains));
    }

    [Theory]
    [InlineData("However, Qa'adari, the Iraqi envoy, dismissed the notion.", "Qa'adari")]
    [InlineData("Na'imi, the Iraqi envoy, dismissed the notion.", "Na'imi")]
    [InlineData("Ma'aruni, a former senator, dismissed the notion.", "Ma'aruni")]
    public void NameInAppositionToATitle_IsAPerson(string text, string person)
    {
        // Names the recogniser alone passes over: the title beside them says who they are.
        var document = ExtractionPipeline.CreateDefault().Analyze(text);

        Assert.Contains((person, EntityType.Person), document.Entities.Select(e => (e.Name, e.Type)));
    }

    [Fact]
    public void PlaceInApposition_StaysAPlace()
    {
        var document = ExtractionPipeline.CreateDefault().Analyze("Paris, the French capital, was quiet on Monday.");

        Assert.Contains(("Paris", EntityType.Location), document.Entities.Select(e => (e.Name, e.Type)));
    }

    [Fact]
    public void InATitleCaseLine_NamesAreCutToWhatTheArticleNamesElsewhere()
    {
        var entities = EntitiesOf(
            "Obama Speech Says Clinton Is Ready\n\nBarack Obama praised Hillary Clinton in Ohio on Monday. Obama spoke for an hour.");

        Assert.DoesNotContain(entities, e => e.Name.Contains("Speech", StringComparison.Ordinal) || e.Name.Contains("Says", StringComparison.Ordinal));
    }

    [Fact]
    public void PersonNamedWithAMiddleInitial_IsOnePerson()
    {
        Assert.Contains(("Donald J. Trump", EntityType.Person), EntitiesOf("Donald J. Trump spoke in Ohio on Monday."));
    }

    [Fact]
    public void PersonOfAPlace_IsThePersonAlone()
    {
        var entities = EntitiesOf("Governor Mike Pence of Indiana spoke on Monday.");

        Assert.Contains(("Mike Pence", EntityType.Person), entities);
        Assert.DoesNotContain(entities, e => e.Name.Contains(" of ", StringComparison.Ordinal));
    }

    [Fact]
    public void FullNameTypedAsABody_BesideItsSurnameAsAPerson_IsThePerson()
    {
        var document = Pipeline.Analyze(
            "Barack Quelbaroti arrived in Oslo on Monday. \"Point one matters,\" Quelbaroti said. \"Point two matters,\" Quelbaroti said.");

        var person = Assert.Single(document.Entities, e => e.Name == "Barack Quelbaroti");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(3, person.Mentions.Count);
    }

    /// <summary>The names <see cref="NameBoundaries.Settled"/> leaves of one mention covering <paramref name="found"/> in <paramref name="text"/>.</summary>
    private static List<(string Text, EntityType Type)> Settled(string text, string found, EntityType type, params string[] others)
    {
        var tokens = Tokenizer.Tokenize(text);
        var mentions = new[] { found }.Concat(others).Select((words, i) => MentionOf(text, tokens, words, i == 0 ? type : EntityType.Person)).ToList();
        return [.. NameBoundaries.Settled(tokens, mentions).Select(m => (text[m.Span.Start..m.Span.End], m.Type))];
    }

    private static EntityMention MentionOf(string text, List<Token> tokens, string words, EntityType type)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        var first = tokens.FindIndex(t => t.Start == start);
        var last = tokens.FindIndex(t => t.End == start + words.Length);
        Assert.True(first >= 0 && last >= first, $"'{words}' is no run of tokens");
        return new EntityMention(new TextSpan(start, start + words.Length), first, last + 1, type);
    }

    [Theory]
    [InlineData("Follow Quelma Dostrin On Twitter @qdostrin.", "Quelma Dostrin On Twitter", "Quelma Dostrin")]
    [InlineData("The \"Molla The Brave\" actress spoke on Monday.", "Molla The", "Molla")]
    [InlineData("Cheers, Ms. Vantrell  The central bank chair was there.", "Vantrell  The", "Vantrell")]
    [InlineData("Then Irma Costovic Was Right, the headline read.", "Irma Costovic Was", "Irma Costovic")]
    public void PersonsName_EndsBeforeACapitalisedFunctionWord(string text, string found, string person)
    {
        Assert.Equal([(person, EntityType.Person)], Settled(text, found, EntityType.Person));
    }

    [Theory]
    [InlineData("Charles I ruled England.", "Charles I")]
    [InlineData("Willem De Vries spoke.", "Willem De Vries")]
    [InlineData("Theresa May spoke.", "Theresa May")]
    public void NamesWithWordsThatLookLikeFunctionWords_StayWhole(string text, string person)
    {
        Assert.Equal([(person, EntityType.Person)], Settled(text, person, EntityType.Person));
    }

    [Theory]
    [InlineData(EntityType.Organization)]
    [InlineData(EntityType.Person)]
    [InlineData(EntityType.Misc)]
    public void PersonOfANewsOutlet_IsAPersonAndAnOrganisation(EntityType type)
    {
        const string text = "Trump told Marel Quonsett of Delta News this week that he would win.";

        Assert.Equal([("Marel Quonsett", EntityType.Person), ("Delta News", EntityType.Organization)], Settled(text, "Marel Quonsett of Delta News", type));
    }

    [Fact]
    public void TheBeforeAnOutletsName_IsNoPartOfIt()
    {
        const string text = "Marel Quonsett of The Delta Times wrote the story.";

        Assert.Equal([("Marel Quonsett", EntityType.Person), ("Delta Times", EntityType.Organization)], Settled(text, "Marel Quonsett of The Delta Times", EntityType.Organization));
    }

    [Fact]
    public void PersonOfABody_IsAPersonAndAnOrganisation_WhenTheArticleNamesThePerson()
    {
        const string text = "Dana Orvell of the Brennick Institute spoke first. Orvell said the plan would fail.";

        var settled = Settled(text, "Dana Orvell of the Brennick Institute", EntityType.Organization, "Orvell");

        Assert.Contains(("Dana Orvell", EntityType.Person), settled);
        Assert.Contains(("Brennick Institute", EntityType.Organization), settled);
    }

    [Theory]
    [InlineData("The Fraternal Order of Police endorsed him.", "Fraternal Order of Police")]
    [InlineData("The Federal Reserve Bank of Boston said so.", "Federal Reserve Bank of Boston")]
    [InlineData("The National Academy of Sciences said so.", "National Academy of Sciences")]
    public void BodyNamedWithOf_StaysOneOrganisation(string text, string body)
    {
        Assert.Equal([(body, EntityType.Organization)], Settled(text, body, EntityType.Organization));
    }

    [Theory]
    [InlineData("Others call it the nerd prom.", "Others")]
    [InlineData("Ironically, the senator would end up agreeing.", "Ironically")]
    [InlineData("Clinton can't afford to wait.", "can't")]
    public void WordsThatAreNoNames_AreDropped(string text, string found)
    {
        Assert.Empty(Settled(text, found, EntityType.Person));
    }

    [Fact]
    public void QuotationMarksBeforeAName_AreNoPartOfIt()
    {
        const string text = "The ''Stronger Together'' slogan was everywhere.";

        Assert.Equal([("Stronger Together", EntityType.Misc)], Settled(text, "''Stronger Together", EntityType.Misc));
    }

    [Theory]
    [InlineData("A letter from the Congressional Reform Caucus went out on Monday.", "Congressional Reform Caucus")]
    [InlineData("Ever since, Wiltshire Globe's Joseph Kahn has covered it.", "Wiltshire Globe")]
    public void NameEndingInABodysHead_IsAnOrganisation(string text, string body)
    {
        var document = ExtractionPipeline.CreateDefault().Analyze(text);

        Assert.Contains((body, EntityType.Organization), document.Entities.Select(e => (e.Name, e.Type)));
    }

    [Theory]
    [InlineData("Donald J. Trump", "Donald Trump")]
    [InlineData("Joseph R. Biden", "Joseph Biden")]
    [InlineData("George H. W. Bush", "George Bush")]
    [InlineData("J. K. Rowling", "J. Rowling")]
    [InlineData("Vladimir Putin", "Vladimir Putin")]
    [InlineData("Putin", "Putin")]
    public void MiddleInitials_AreLeftOutOfAPersonsKey(string name, string without)
    {
        Assert.Equal(without, PersonNames.WithoutMiddleInitials(name));
        Assert.Equal(Entity.KeyOf(EntityType.Person, without), Entity.KeyOf(EntityType.Person, name));
    }

    [Fact]
    public void TypographicAndTypewriterApostrophes_GiveOneKey()
    {
        Assert.Equal(Entity.KeyOf(EntityType.Person, "Martin O'Malley"), Entity.KeyOf(EntityType.Person, "Martin O\u2019Malley"));
    }

    [Fact]
    public void OtherTypes_KeepTheirInitials()
    {
        Assert.NotEqual(Entity.KeyOf(EntityType.Organization, "A. B. Holdings"), Entity.KeyOf(EntityType.Organization, "A. Holdings"));
    }
}

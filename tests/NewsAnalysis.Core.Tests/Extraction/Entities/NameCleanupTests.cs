using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;

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

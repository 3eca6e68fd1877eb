using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Coreference;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Tests.Extraction.Coreference;

public sealed class CoreferenceStepTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules);

    [Theory]
    [InlineData("Angela Merkel met the press in Berlin. She said the talks had gone well.", "She", "Angela Merkel")]
    [InlineData("Mrs. Ann Hill met Tom Ray on Monday. He said the deal was done.", "He", "Tom Ray")]
    [InlineData("Vladimir Putin met Rex Tillerson in Moscow on Wednesday. He praised the talks.", "He", "Vladimir Putin")]
    [InlineData("Tom Ray thanked his staff.", "his", "Tom Ray")]
    public void Pronoun_IsResolvedToThePersonItStandsFor(string text, string pronoun, string person)
    {
        var document = Pipeline.Analyze(text);

        var reference = Assert.Single(document.References, r => document.TextOf(r.Span) == pronoun);

        Assert.Equal(ReferenceKind.Pronoun, reference.Kind);
        Assert.NotNull(reference.Entity);
        Assert.Equal(person, document.Entities[reference.Entity.Value].Name);
    }

    [Theory]
    [InlineData("He left the room on Monday.")]
    [InlineData("Tom Ray spoke first. “She will never agree,” the crowd heard.")]
    [InlineData("Mrs. Ann Hill spoke on Monday. He said nothing.")]
    public void Pronoun_WithoutAFittingPersonBeforeIt_StaysUnresolved(string text)
    {
        var document = Pipeline.Analyze(text);

        var reference = Assert.Single(document.References);

        Assert.Null(reference.Entity);
    }

    [Theory]
    [InlineData("Angela Merkel met the press in Berlin. She said the talks had gone well.", "She", "Angela Merkel")]
    [InlineData("Tom Ray thanked his staff.", "his", "Tom Ray")]
    public void WithTheShippedModel_AClearPronoun_IsResolved(string text, string pronoun, string person)
    {
        var document = ModelPipeline.Analyze(text);

        var reference = Assert.Single(document.References, r => document.TextOf(r.Span) == pronoun);

        Assert.Equal(person, document.Entities[reference.Entity!.Value].Name);
    }

    [Fact]
    public void WithTheShippedModel_APronounWithNoPersonBefore_StaysUnresolved()
    {
        var document = ModelPipeline.Analyze("He left the room on Monday.");

        Assert.Null(Assert.Single(document.References).Entity);
    }

    [Theory]
    [InlineData("The actor Sam Lee met Jo Smith on Monday. Later, she said the trip had been long.", "she", "Sam Lee")]
    [InlineData("The actress Sam Lee met Jo Smith on Monday. Later, he said the trip had been long.", "he", "Sam Lee")]
    [InlineData("Sam Lee and his wife Jo Smith arrived on Monday. Later, he said the trip had been long.", "he", "Jo Smith")]
    [InlineData("Paul Lee met Jo Smith on Monday. Later, she said the trip had been long.", "she", "Paul Lee")]
    [InlineData("Karen Lee met Jo Smith on Monday. Later, he said the trip had been long.", "he", "Karen Lee")]
    public void WithTheShippedModel_ARoleNounOrAFirstName_RulesAPersonOutForAPronounOfTheOtherGender(string text, string pronoun, string ruledOut)
    {
        var document = ModelPipeline.Analyze(text);
        var context = CoreferenceStep.ContextOf(document, AntecedentModel.LoadDefault().FirstNames);
        var person = document.Entities.FindIndex(e => e.Name == ruledOut);
        var pronounIndex = document.Tokens.FindIndex(t => t.Text == pronoun);

        var reference = Assert.Single(document.References, r => document.TextOf(r.Span) == pronoun);

        Assert.NotEqual(person, reference.Entity);
        Assert.NotEqual(CoreferenceStep.Gender.Unknown, context.Genders[person]);
        Assert.DoesNotContain(
            CoreferenceStep.Candidates(document, pronounIndex, CoreferenceStep.GenderOf(pronoun)!.Value, context, 16),
            c => c.Mention.Entity == person);
    }

    [Fact]
    public void WithTheShippedModel_APronounInsideAQuotation_IsResolvedToThePersonNamedBefore()
    {
        var document = ModelPipeline.Analyze("Tom Ray was sacked on Monday. \"He was a loyal worker,\" the union said.");

        var reference = Assert.Single(document.References, r => document.TextOf(r.Span) == "He");

        Assert.Equal("Tom Ray", document.Entities[reference.Entity!.Value].Name);
    }

    private static readonly ExtractionPipeline ModelPipeline =
        ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules, antecedents: AntecedentModel.LoadDefault());

    [Theory]
    [InlineData("Russian President Vladimir Putin met Rex Tillerson in Moscow. The Russian leader praised the talks.", "The Russian leader", "Vladimir Putin")]
    [InlineData("Russian President Vladimir Putin met Rex Tillerson in Moscow. The president praised the talks.", "The president", "Vladimir Putin")]
    [InlineData("Putin met Rex Tillerson, the secretary of state, in Moscow. Later the secretary of state left.", "the secretary of state", "Rex Tillerson")]
    [InlineData("New Jersey Gov. Chris Christie met Sen. Bernie Sanders on Monday. Later the New Jersey governor left.", "the New Jersey governor", "Chris Christie")]
    [InlineData("Donald Trump, the New York businessman, met Ann Hill. Later the businessman left.", "the businessman", "Donald Trump")]
    public void DescriptionTheArticleGaveOnePerson_IsResolvedToThem(string text, string words, string person)
    {
        var document = Pipeline.Analyze(text);

        var reference = document.References.Last(r => document.TextOf(r.Span) == words);

        Assert.Equal(ReferenceKind.Description, reference.Kind);
        Assert.Equal(person, document.Entities[reference.Entity!.Value].Name);
    }

    [Theory]
    [InlineData("Senator Ann Hill met Senator Tom Ray on Monday. The senator said the deal was done.", "The senator")]
    [InlineData("Tom Ray met the press. The president said the deal was done.", "The president")]
    [InlineData("President Vladimir Putin met Rex Tillerson in Moscow. The French leader stayed away.", "The French leader")]
    [InlineData("Sen. Bernie Sanders of Vermont met Ann Hill on Monday. Later the Florida senator left.", "the Florida senator")]
    public void DescriptionThatFitsNoOneOrSeveral_StaysUnresolved(string text, string words)
    {
        var document = Pipeline.Analyze(text);

        var reference = Assert.Single(document.References, r => document.TextOf(r.Span) == words);

        Assert.Null(reference.Entity);
    }

    [Fact]
    public void TitleBeforeAName_IsNoDescription()
    {
        var document = Pipeline.Analyze("Rex Tillerson arrived. Later the Russian President Vladimir Putin spoke.");

        Assert.DoesNotContain(document.References, r => r.Kind == ReferenceKind.Description);
    }

    [Theory]
    [InlineData("Tom Ray met the press on Monday. In her review, Ann Hill called the film a triumph.", "her", "Ann Hill")]
    [InlineData("Tom Ray met the press on Monday. When she arrived, Ann Hill thanked the crew.", "she", "Ann Hill")]
    public void APronounInAFrontedPhrase_MayStandForTheNameThatOpensTheMainClause(string text, string pronoun, string person)
    {
        var document = Pipeline.Analyze(text);
        var context = CoreferenceStep.ContextOf(document, AntecedentModel.LoadDefault().FirstNames);
        var pronounIndex = document.Tokens.FindIndex(t => t.Text == pronoun);

        var candidates = CoreferenceStep.Candidates(document, pronounIndex, CoreferenceStep.GenderOf(pronoun)!.Value, context, 16);

        Assert.Contains(candidates, c => document.Entities[c.Mention.Entity].Name == person && c.Mention.FirstToken > pronounIndex);
    }

    [Theory]
    [InlineData("Tom Ray met the press on Monday. She said in her review, Ann Hill was wrong.", "her")]
    [InlineData("Tom Ray met the press on Monday. In her review; Ann Hill was wrong.", "her")]
    [InlineData("Tom Ray met the press on Monday. In her review, the film was called a triumph by Ann Hill.", "her")]
    public void APronounOutsideAFrontedPhrase_HasNoCandidateAfterIt(string text, string pronoun)
    {
        var document = Pipeline.Analyze(text);
        var context = CoreferenceStep.ContextOf(document, AntecedentModel.LoadDefault().FirstNames);
        var pronounIndex = document.Tokens.FindIndex(t => t.Text == pronoun);

        var candidates = CoreferenceStep.Candidates(document, pronounIndex, CoreferenceStep.GenderOf(pronoun)!.Value, context, 16);

        Assert.DoesNotContain(candidates, c => c.Mention.FirstToken > pronounIndex);
    }

    [Fact]
    public void WithTheShippedModel_APronounInAFrontedPhrase_IsResolvedToTheNameAfterIt()
    {
        var document = ModelPipeline.Analyze("The film opened in May. In her review, Ann Hill called it a triumph.");

        var reference = Assert.Single(document.References, r => document.TextOf(r.Span) == "her");

        Assert.Equal("Ann Hill", document.Entities[reference.Entity!.Value].Name);
    }

    [Theory]
    [InlineData(EntityType.Organization, true)]
    [InlineData(EntityType.Location, true)]
    [InlineData(EntityType.Misc, false)]
    public void AnUnknownNameTypedPlaceOrOrganisation_IsACandidate(EntityType type, bool candidate)
    {
        var document = Pipeline.Analyze("Officials said Reucassel met the press on Monday. Later, he said the trip had been long.");
        var name = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "Reucassel");
        name.Type = type;
        var context = CoreferenceStep.ContextOf(document, AntecedentModel.LoadDefault().FirstNames);
        var pronoun = document.Tokens.FindIndex(t => t.Text == "he");

        var candidates = CoreferenceStep.Candidates(document, pronoun, CoreferenceStep.Gender.Masculine, context, 16);

        Assert.Equal(candidate, candidates.Any(c => c.Mention == name));
    }

    [Theory]
    [InlineData("Tom Ray was born in Tulsa. Later, he said the trip had been long.", "Tulsa")]
    [InlineData("The Tax Policy Center spoke on Monday. Later, he said the trip had been long.", "Tax Policy Center")]
    [InlineData("Staff of Kaneohe Bay spoke on Monday. Later, he said the trip had been long.", "Kaneohe Bay")]
    [InlineData("Officials in Moscow spoke on Monday. Later, he said the trip had been long.", "Moscow")]
    [InlineData("The NAACP spoke on Monday. Later, he said the trip had been long.", "NAACP")]
    [InlineData("Workers of the Brackwater spoke on Monday. Later, he said the trip had been long.", "Brackwater")]
    public void APlaceOrOrganisationThatTheTextMarksAsOne_IsNoCandidate(string text, string place)
    {
        var document = Pipeline.Analyze(text);
        Assert.Contains(document.Mentions, m => document.TextOf(m.Span) == place);
        foreach (var mention in document.Mentions.Where(m => document.TextOf(m.Span) == place))
        {
            mention.Type = EntityType.Location;
        }

        var context = CoreferenceStep.ContextOf(document, AntecedentModel.LoadDefault().FirstNames);
        var pronoun = document.Tokens.FindIndex(t => t.Text == "he");

        var candidates = CoreferenceStep.Candidates(document, pronoun, CoreferenceStep.Gender.Masculine, context, 16);

        Assert.DoesNotContain(candidates, c => document.TextOf(c.Mention.Span) == place);
    }

    [Fact]
    public void ANameTypedOtherwise_WithAFirstNameOfThePronounsGender_IsACandidate()
    {
        var document = Pipeline.Analyze("Karen Blixen met the press in Nairobi. She left.");
        var name = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "Karen Blixen");
        name.Type = EntityType.Organization;
        var context = CoreferenceStep.ContextOf(document, AntecedentModel.LoadDefault().FirstNames);
        var pronoun = document.Tokens.FindIndex(t => t.Text == "She");

        var candidates = CoreferenceStep.Candidates(document, pronoun, CoreferenceStep.Gender.Feminine, context, 16);

        Assert.Contains(candidates, c => c.Mention == name);
    }
}

using NewsAnalysis.Core.Extraction;

namespace NewsAnalysis.Core.Tests.Extraction.Quotes;

/// <summary>Which words a quote's speaker is read from: the mention that the text attaches to this quote.</summary>
public sealed class QuoteSpeakerTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static (string Quote, string? Mention)[] Quotes(string text)
    {
        var document = Pipeline.Analyze(text);
        return document.Quotes
            .Select(q => (document.TextOf(q.Span), q.Speaker is null ? null : document.TextOf(q.Speaker.Mention)))
            .ToArray();
    }

    [Theory]
    [InlineData("\"Taxes will rise,\" Rep. Dana Whitfield (D-Ore.) said on Monday.", "Dana Whitfield")]
    [InlineData("\"Taxes will rise,\" Sen. Owen Marsh (Vt.) said.", "Owen Marsh")]
    [InlineData("\"Taxes will rise,\" Rep. Dana Whitfield (D-Ore.), a member of the panel, said.", "Dana Whitfield")]
    public void Quote_BeforeANameWithPartyAndState_IsAttributedToTheName(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(("Taxes will rise,", mention), found);
    }

    [Theory]
    [InlineData("\"We agree with that,\" chimed in Representative Lisa Moreno.", "Representative Lisa Moreno")]
    [InlineData("\"We agree with that,\" Lisa Moreno chimed in.", "Lisa Moreno")]
    [InlineData("The paper quoted Tom Baxter as saying, \"The plan is dead.\"", "Tom Baxter")]
    [InlineData("The network cited a senior official as saying that \"the plan is dead.\"", "a senior official")]
    public void Quote_WithAnUnusualCue_IsSpokenByTheOneItNames(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Theory]
    [InlineData("\"The deal is dead,\" a former aide fumed on Tuesday.", "a former aide")]
    [InlineData("\"Nobody asked us,\" scoffed Priya Natal.", "Priya Natal")]
    [InlineData("\"We never got an answer,\" said another, who asked not to be named.", "another")]
    public void Quote_WithAMannerOfSpeakingCueOrAnUnnamedSpeaker_IsSpokenByTheOneItNames(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void Name_AfterChimedIn_IsTheSpeakerEvenWhenTakenForAPlace()
    {
        var found = Quotes("Senator Dale Brune fumed that the plan was \"a betrayal of every taxpayer.\"\n\n\"It will pass,\" chimed in Lena Ortiz.");
        Assert.Equal([("a betrayal of every taxpayer.", "Dale Brune"), ("It will pass,", "Lena Ortiz")], found);
    }

    [Theory]
    [InlineData("The readers wrote in.\n\n\"Nobody trusts the council anymore.\"\n\n- Rita Moss.\n\nMore letters follow.", "Rita Moss")]
    [InlineData("The readers wrote in.\n\n\"Nobody trusts the council anymore.\"\n\n\u2014 Rita Moss, Dayton, Ohio.\n\nMore letters follow.", "Rita Moss")]
    public void Quote_SignedOnTheLineBelow_IsSpokenByTheSignature(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(("Nobody trusts the council anymore.", mention), found);
    }

    [Fact]
    public void Nickname_InsideAName_IsNoQuote()
    {
        var found = Quotes("State Rep. Anna \"Annie\" Kell (D-Ohio) said the vote was \"a long time coming.\"");
        Assert.Equal("a long time coming.", Assert.Single(found).Quote);
    }

    [Theory]
    [InlineData("Nora Lind says she thinks the plan is \"a fair deal.\"", "Nora Lind")]
    [InlineData("Nora Lind said she felt the law mattered because \"nobody reads it,\" she said.", "Nora Lind")]
    [InlineData("Omar Reyes praised the budget, but he said the cuts were \"too deep.\"", "he")]
    public void PronounSpeaker_TakingUpTheSourceOfAnEarlierCue_IsNamedByThatSource(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void Quote_ContinuingAQuoteWhosePronounWasNamed_KeepsThePronounOfItsCue()
    {
        var found = Quotes("Nora Lind said she felt the law mattered because \"nobody reads it,\" she said. \"We need a new one.\"");
        Assert.Equal([("nobody reads it,", "Nora Lind"), ("We need a new one.", "she")], found);
    }

    [Theory]
    [InlineData("\u201CThe schools need more teachers.\u201D \u2015 Lucia Ferreira\n\u201CI will vote in May.\u201D\u2015 Tom B. Okafor.", "Lucia Ferreira", "Tom B. Okafor")]
    [InlineData("\"The schools need more teachers.\" -- Lucia Ferreira\n\"I will vote in May.\" \u2014 Tom B. Okafor", "Lucia Ferreira", "Tom B. Okafor")]
    public void QuoteParagraph_SignedWithADashAndAName_IsSpokenByThatName(string text, string first, string second)
    {
        var found = Quotes(text);
        Assert.Equal([first, second], found.Select(q => q.Mention));
    }

    [Fact]
    public void ReportEndingWithItsWritersName_KeepsTheSpeakerOfItsCue()
    {
        var found = Quotes("Ivo Rask said he will \"fight on.\"--Ann Lee.");
        Assert.Equal(("fight on.", "Ivo Rask"), Assert.Single(found));
    }

    [Fact]
    public void TranscriptQuote_OpeningWithACapitalLabel_IsSpokenByTheLabel()
    {
        var found = Quotes("Part of the interview follows.\n\n\"HOLLIS: Will you run again?\n\n\"MARSH: Well, we will see.\"");
        Assert.Equal([("Will you run again?", "HOLLIS"), ("Well, we will see.", "MARSH")], found);
    }

    [Fact]
    public void QuoteOpeningWithAHeadingLabel_IsNoTranscript()
    {
        var found = Quotes("\"VIDEO: the storm hits the coast.\"");
        Assert.Null(Assert.Single(found).Mention);
    }

    [Theory]
    [InlineData("Ana Pires said the report should be public but said \"the timing is wrong.\"", "Ana Pires")]
    [InlineData("Ivo Rask wrote a note to his lawyer that says he is in \"very good shape.\"", "Ivo Rask")]
    public void Quote_NeverTakesAClauseFragmentAsItsSpeaker(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void Quote_CuedBySaidInAStatement_IsNotSpokenByTheStatement()
    {
        var found = Quotes("\"We are ready,\" said in a statement released on Monday.");
        Assert.Equal(("We are ready,", (string?)null), Assert.Single(found));
    }

    [Theory]
    [InlineData("\"We are ready,\" Tom Varga, Lindqvist's campaign manager, said.", "Tom Varga")]
    [InlineData("\"We are ready,\" her former business partner, Tom Varga, said.", "Tom Varga")]
    [InlineData("\"We are ready,\" Tom Varga, the campaign manager, forcefully insisted.", "Tom Varga")]
    public void Quote_CuedAfterAnApposition_IsSpokenByTheName(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Theory]
    [InlineData("The parents wrote to the board. \"Our schools are thriving,\" the letter reads.", "Our schools are thriving,", "the letter")]
    [InlineData("\"The town has changed,\" the article read.", "The town has changed,", "the article")]
    [InlineData("\"Keep your head up,\" Lina Voss sings in the chorus.", "Keep your head up,", "Lina Voss")]
    public void Quote_FromADocumentOrASong_IsSpokenByIt(string text, string quote, string mention)
    {
        var found = Quotes(text);
        Assert.Contains((quote, mention), found);
    }

    [Fact]
    public void Quote_AfterItAdded_IsSpokenByTheOrganisationNamedBefore()
    {
        var document = Pipeline.Analyze("The Vantor Group published its figures on Monday. \"Sales will double,\" it added.");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("it", document.TextOf(quote.Speaker!.Mention));
        Assert.Equal("Vantor Group", quote.Speaker.Name);
    }

    [Theory]
    [InlineData("Nora Blanc said she recalls the client being \"confused.\"", "Nora Blanc")]
    [InlineData("Nora Blanc said on Friday that she believes the plan is \"a mistake.\"", "Nora Blanc")]
    [InlineData("Nora Blanc arrived late. She said she believes the plan is \"a mistake.\"", "She")]
    public void Quote_AfterAPronounTakingUpTheSubjectOfSaid_IsSpokenByTheSubject(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void Quote_CuedInARelativeClause_IsSpokenByTheRelativePronounStandingForTheName()
    {
        var document = Pipeline.Analyze("Guests included the singer Ella Brandt, who joked of the hall, \"I have not seen it yet.\"");
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("who", document.TextOf(quote.Speaker!.Mention));
        Assert.Equal("Ella Brandt", quote.Speaker.Name);
    }

    [Fact]
    public void Quote_IntroducedByTheFollowingComment_IsNotSpokenByTheFollowing()
    {
        var found = Quotes("Last year, Ruiz made the following comment:\n\n\"The rate is 33 percent.\"");
        Assert.NotEqual("the following", Assert.Single(found).Mention);
    }

    [Theory]
    [InlineData("\"He wants a fight tonight,\" Ivo Rask shot back.", "Ivo Rask")]
    [InlineData("\"He wants a fight tonight,\" Ivo Rask fired back.", "Ivo Rask")]
    [InlineData("As Ivo Rask put it, \"He wants a fight tonight.\"", "Ivo Rask")]
    public void Quote_CuedByAPhrasalVerb_IsSpokenByItsSubject(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void Quote_EndingInAnExclamation_TakesTheCueAfterIt_HoweverLongItsSentence()
    {
        var found = Quotes("\"All the way!\" Ivo Rask shouted, a rallying cry for taking the fight to the very last state.");
        Assert.Equal(("All the way!", "Ivo Rask"), Assert.Single(found));
    }

    [Fact]
    public void Quote_EndingInAFullStop_DoesNotTakeTheCueOfALongNextSentence()
    {
        var found = Quotes("Vera Holm called it \"a disaster.\" Ivo Rask said the plan would need many more years of work in the north.");
        Assert.Equal(("a disaster.", "Vera Holm"), Assert.Single(found));
    }

    [Fact]
    public void InvertedCue_FollowedByANameWithItsOwnVerb_DoesNotMakeThatNameTheSpeaker()
    {
        var found = Quotes("Ivo Rask, citing \"the magic of the race,\" said Vera Holm could win.");
        Assert.Equal(("the magic of the race,", "Ivo Rask"), Assert.Single(found));
    }

    [Fact]
    public void Quote_IsNotCuedByANextSentenceThatQuotesAgain()
    {
        var found = Quotes("Ivo Rask told the paper: \"We are many.\" He added that members are \"young and old.\"");
        Assert.Equal([("We are many.", "Ivo Rask"), ("young and old.", "He")], found);
    }

    [Fact]
    public void InvertedCue_WithANumberQualifyingTheDescriptor_FindsTheName()
    {
        var found = Quotes("\"They are wrong,\" said 9/11 widow Terry Strand.");
        Assert.Equal(("They are wrong,", "Terry Strand"), Assert.Single(found));
    }

    [Theory]
    [InlineData("Vera Holm condemned what she called a \"brazen breach\" of the rules.", "Vera Holm")]
    [InlineData("Vera Holm backed the bill, which she called \"a fair deal.\"", "she")]
    public void Quote_InWhatSheCalled_IsSpokenByTheSubjectOfTheSentence(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void PartialQuote_TakesThePersonAfterAnOrganisationInTheSubjectsTitle()
    {
        var found = Quotes("Senate Minority Leader Ivo Rask (D-Nev.), in particular, has been pounding Trump as a \"con artist\" for weeks.");
        Assert.Equal(("con artist", "Ivo Rask"), Assert.Single(found));
    }

    [Fact]
    public void Participle_IsNotSpokenByAnObjectIt()
    {
        var found = Quotes("In the end the party changed its plan, replacing it with a draft calling for \"more talks.\"");
        Assert.NotEqual("it", Assert.Single(found).Mention);
    }

    [Fact]
    public void PassiveCue_DoesNotMakeItsSubjectTheSpeaker()
    {
        var found = Quotes("While a curfew was announced on Monday, \"What curfew?\" became the slogan of the week.");
        Assert.NotEqual("a curfew", Assert.Single(found).Mention);
    }

    [Fact]
    public void Quote_AfterAChant_IsSpokenByTheChanters()
    {
        var found = Quotes("\"No more cuts,\" the students chanted.");
        Assert.Equal(("No more cuts,", "the students"), Assert.Single(found));
    }

    [Theory]
    [InlineData("The two senators introduced the \"cleanest water bill yet,\" which passed in May.", "The two senators")]
    [InlineData("Protesters marching downtown shouted down the \"new rules\" all night.", "Protesters")]
    [InlineData("The aides forced a change in the plan, calling for \"more time.\"", "The aides")]
    public void PartialQuote_TakesADescriptorSubjectOfItsSentence(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void QuoteSentence_AfterASentenceAboutAPerson_IsThatPersonsWords()
    {
        var found = Quotes("Vera Holm touted her record on schools. \"We need more teachers in every town.\"");
        Assert.Equal(("We need more teachers in every town.", "Vera Holm"), Assert.Single(found));
    }

    [Fact]
    public void Quote_AfterAnAppositionEndingInAQuotedTitle_IsSpokenByTheName()
    {
        var found = Quotes("As Alan Marr, professor of law and author of ''The Quiet Code,'' put it, ''A deal today may be better.''");
        Assert.Equal(("A deal today may be better.", "Alan Marr"), found[^1]);
    }

    [Theory]
    [InlineData("\"It happens, right?\" Ivo Rask went on.", "Ivo Rask")]
    [InlineData("\"It happens, right?\" Ivo Rask went on to win the seat.", null)]
    public void Quote_BeforeWentOn_IsSpokenByItsSubject_UnlessMoreFollows(string text, string? mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void PluralNounThatLooksLikeACue_IsNoCue()
    {
        var found = Quotes("Ivo Rask said the boycott calls are \"a distraction\" from the work.");
        Assert.Equal(("a distraction", "Ivo Rask"), Assert.Single(found));
    }

    [Fact]
    public void QuoteOpeningASentence_TakesTheCueAtItsEnd_AcrossAnotherQuote()
    {
        var found = Quotes("Alan Marr, the finance chief, noted the plant was on the list. \"The cuts hurt\" but are needed \"for the long term,\" he said.");
        Assert.Equal([("The cuts hurt", "he"), ("for the long term,", "he")], found);
    }

    [Theory]
    [InlineData("Turnout mattered in the Republican contests - Vera Holm: \"The South is no longer the stronghold.\"", "Vera Holm")]
    [InlineData("Ivo Rask, a former aide, told Vera Holm: \"The South is no longer the stronghold.\"", "Ivo Rask")]
    public void Quote_AfterANameAndAColon_IsSpokenByTheNameThatHeadsTheClause(string text, string mention)
    {
        var found = Assert.Single(Quotes(text));
        Assert.Equal(mention, found.Mention);
    }

    [Fact]
    public void InvertedCue_WithAPlaceInTheSpeakersTitle_IsSpokenByThePerson()
    {
        var found = Quotes("\"People are angry,\" said Chicago Alderman Jason Ervin, who thinks the mayor has failed.");
        Assert.Equal(("People are angry,", "Jason Ervin"), Assert.Single(found));
    }
}

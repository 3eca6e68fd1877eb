using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Coreference;

namespace NewsAnalysis.Core.Tests.Extraction.Coreference;

public sealed class EncoderEvidenceTests
{
    private static readonly ContextualTokenVectors Encoder = new();

    private static readonly ExtractionPipeline EncoderPipeline = ExtractionPipeline.Create(
        tagger: null, ReportedSpeechMode.Rules, antecedents: AntecedentModel.LoadDefaultWithEncoder(), encoder: Encoder);

    [Theory]
    [InlineData("Angela Merkel met the press in Berlin. She said the talks had gone well.", "She", "Angela Merkel")]
    [InlineData("Tom Ray thanked his staff.", "his", "Tom Ray")]
    public void WithTheEncoderModel_AClearPronoun_IsResolved(string text, string pronoun, string person)
    {
        var document = EncoderPipeline.Analyze(text);

        var reference = Assert.Single(document.References, r => document.TextOf(r.Span) == pronoun);

        Assert.Equal(person, document.Entities[reference.Entity!.Value].Name);
    }

    [Fact]
    public void AnArticleWithoutPronouns_IsNotEncoded()
    {
        using var encoder = new ContextualTokenVectors();
        var pipeline = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules, antecedents: AntecedentModel.LoadDefaultWithEncoder(), encoder: encoder);

        pipeline.Analyze("Angela Merkel met the press in Berlin. The talks had gone well, officials said.");
        var withoutPronoun = encoder.PiecesEncoded;
        pipeline.Analyze("Angela Merkel met the press in Berlin. She said the talks had gone well.");

        Assert.Equal(0, withoutPronoun);
        Assert.InRange(encoder.PiecesEncoded, 10, 40);
    }

    [Fact]
    public void Evidence_OfAPronounAndAName_HasTheModelsLength()
    {
        var document = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules).Analyze("Tom Ray met Ann Hill. She left.");
        var evidence = new EncoderEvidence(document, Encoder, CoreferenceStep.WindowSentences);
        var pronoun = document.Tokens.FindIndex(t => t.Text == "She");

        var values = evidence.Of(pronoun, document.Mentions[1]);

        Assert.NotNull(values);
        Assert.Equal(EncoderEvidence.Length, values.Length);
        Assert.Contains(values, v => v != 0);
    }

    [Fact]
    public void EncoderModel_SavedAndLoaded_ScoresTheSame()
    {
        var model = AntecedentModel.LoadDefaultWithEncoder();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = AntecedentModel.Load(stream);

        int[] features = [0, 3, 77, 1001];
        var evidence = Enumerable.Range(0, EncoderEvidence.Length).Select(j => (j % 7) / 7f).ToArray();
        Assert.True(loaded.ReadsEncoder);
        Assert.False(AntecedentModel.LoadDefault().ReadsEncoder);
        Assert.Equal(model.Probability(features, evidence), loaded.Probability(features, evidence));
        Assert.NotEqual(loaded.Probability(features), loaded.Probability(features, evidence));
    }

    [Fact]
    public void ANameTypedOtherwise_WithAFirstNameOfThePronounsGender_IsACandidate()
    {
        var document = ExtractionPipeline.Create(tagger: null, ReportedSpeechMode.Rules).Analyze("Karen Blixen met the press in Nairobi. She left.");
        var name = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "Karen Blixen");
        name.Type = EntityType.Organization;
        var context = CoreferenceStep.ContextOf(document, AntecedentModel.LoadDefault().FirstNames);
        var pronoun = document.Tokens.FindIndex(t => t.Text == "She");

        var candidates = CoreferenceStep.Candidates(document, pronoun, CoreferenceStep.Gender.Feminine, context, 16);

        Assert.Contains(candidates, c => c.Mention == name);
    }
}

using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class ConllReaderTests
{
    [Theory]
    [InlineData("I-PER I-PER O", "0-2 Person")]
    [InlineData("I-PER I-PER B-PER", "0-2 Person; 2-3 Person")]
    [InlineData("I-ORG I-LOC", "0-1 Organization; 1-2 Location")]
    [InlineData("O I-MISC", "1-2 Misc")]
    [InlineData("B-LOC I-LOC O B-LOC", "0-2 Location; 3-4 Location")]
    public void EntitiesFromIob_ReadsIob1(string tags, string expected)
    {
        var entities = ConllReader.EntitiesFromIob(tags.Split(' '));

        Assert.Equal(expected, string.Join("; ", entities.Select(e => $"{e.FirstToken}-{e.EndToken} {e.Type}")));
    }

    [Fact]
    public void Read_SplitsSentencesAndDocumentsAndSkipsDocstart()
    {
        const string conll = """
            -DOCSTART- -X- O O

            EU NNP I-NP I-ORG
            rejects VBZ I-VP O
            German JJ I-NP I-MISC
            call NN I-NP O

            Peter NNP I-NP I-PER
            Blackburn NNP I-NP I-PER

            -DOCSTART- -X- O O

            BRUSSELS NNP I-NP I-LOC
            """;

        var sentences = ConllReader.Read(new StringReader(conll));

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["EU", "rejects", "German", "call"], sentences[0].Tokens);
        Assert.Equal([new RecognizedEntity(0, 1, EntityType.Organization), new RecognizedEntity(2, 3, EntityType.Misc)], sentences[0].Entities);
        Assert.Equal([new RecognizedEntity(0, 2, EntityType.Person)], sentences[1].Entities);
        Assert.Equal(sentences[0].DocumentIndex, sentences[1].DocumentIndex);
        Assert.NotEqual(sentences[1].DocumentIndex, sentences[2].DocumentIndex);
    }
}

using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Segmentation;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Grammar;

namespace NewsAnalysis.Core.Tests.Extraction.Grammar;

public sealed class PartOfSpeechTaggerTests
{
    private static readonly PartOfSpeechTagger Tagger = PartOfSpeechTagger.LoadDefault();

    [Theory]
    [InlineData("The minister said the plan would cost 40 million euros.", "said", "VBD")]
    [InlineData("The minister said the plan would cost 40 million euros.", "The", "DT")]
    [InlineData("The minister said the plan would cost 40 million euros.", "40", "CD")]
    [InlineData("The minister said the plan would cost 40 million euros.", "would", "MD")]
    [InlineData("The minister said the plan would cost 40 million euros.", "minister", "NN")]
    [InlineData("Angela Merkel met the French president in Berlin on Tuesday.", "Merkel", "NNP")]
    [InlineData("Angela Merkel met the French president in Berlin on Tuesday.", "in", "IN")]
    [InlineData("Officials have denied the reports.", "reports", "NNS")]
    [InlineData("Officials have denied the reports.", "denied", "VBN")]
    [InlineData("She told reporters that prices were rising quickly.", "She", "PRP")]
    [InlineData("She told reporters that prices were rising quickly.", "rising", "VBG")]
    public void Tag_GivesTheCommonWordsTheirPennTag(string sentence, string word, string expected)
    {
        var words = Tokenizer.Tokenize(sentence).Select(t => t.Text).ToList();

        var tags = Tagger.Tag(words);

        Assert.Equal(words.Count, tags.Length);
        Assert.Equal(expected, tags[words.IndexOf(word)]);
    }

    [Fact]
    public void Tag_TypographicQuotesAndApostrophes_ReadLikeStraightOnes()
    {
        var curly = Tagger.Tag(["\u201CWe", "won", "\u2019t", "stop", ",", "\u201D", "Putin", "\u2019s", "aide", "said", "."]);
        var straight = Tagger.Tag(["\"We", "won", "'t", "stop", ",", "\"", "Putin", "'s", "aide", "said", "."]);

        Assert.Equal(straight, curly);
        Assert.Equal("POS", curly[7]);
    }

    [Fact]
    public void DocumentTagger_GivesOneTagPerTokenOfTheDocument()
    {
        var document = new AnalysisDocument("The company said on Monday it would cut 500 jobs.\nShares fell 3 percent.");
        new TextSegmentationStep().Run(document);

        var tags = new DocumentTagger(Tagger).Tag(document);

        Assert.Equal(document.Tokens.Count, tags.Length);
        Assert.Equal("VBD", tags[document.Tokens.FindIndex(t => t.Text == "said")]);
        Assert.Equal("CD", tags[document.Tokens.FindIndex(t => t.Text == "500")]);
        Assert.True(PennTags.IsNoun(tags[document.Tokens.FindIndex(t => t.Text == "Shares")]));
    }

    [Fact]
    public void Tag_FromManyThreads_GivesTheSameTagsAsOneThread()
    {
        string[][] sentences =
        [
            ["The", "minister", "said", "the", "plan", "would", "cost", "40", "million", "euros", "."],
            ["Shares", "fell", "3", "percent", "on", "Monday", "."],
        ];
        var expected = sentences.Select(Tagger.Tag).ToList();

        var results = new string[100][];
        Parallel.For(0, results.Length, i => results[i] = Tagger.Tag(sentences[i % sentences.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % sentences.Length], results[i]);
        }
    }

    [Fact]
    public void SaveThenLoad_GivesTheSameTags()
    {
        using var stream = new MemoryStream();
        Tagger.Save(stream);
        stream.Position = 0;

        var loaded = PartOfSpeechTagger.Load(stream);

        string[] words = ["Prices", "rose", "sharply", "after", "the", "central", "bank", "cut", "rates", "."];
        Assert.Equal(Tagger.Tag(words), loaded.Tag(words));
        Assert.Equal(Tagger.Tags, loaded.Tags);
    }

    [Fact]
    public void Train_OnATinyCorpus_LearnsItsTags()
    {
        var sentences = Enumerable.Range(0, 20).Select(d => new PartOfSpeechSentence(
            ["the", "dog", "barks", "."], ["DT", "NN", "VBZ", "."], d)).ToList();

        var tagger = PartOfSpeechTagger.Train(sentences, new PartOfSpeechTrainingOptions { Epochs = 3, PruneThreshold = 0 });

        Assert.Equal(["DT", "NN", "VBZ", "."], tagger.Tag(["the", "dog", "barks", "."]));
    }
}

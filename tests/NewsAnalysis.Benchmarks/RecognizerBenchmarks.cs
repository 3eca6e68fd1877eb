using BenchmarkDotNet.Attributes;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Benchmarks;

/// <summary>
/// The entity recogniser alone over CoNLL-2003 eng.testa, document by document, on one thread. One
/// operation is one token, so tokens per second = 1e9 / Mean(ns).
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private const int Tokens = 51_362; // tokens of eng.testa, checked in GlobalSetup
    private EntityRecognizer _recognizer = null!;
    private List<List<IReadOnlyList<string>>> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = EntityRecognizer.LoadDefault();
        using var reader = new StreamReader(EvalFiles.Folder(Path.Combine("conll2003", "eng.testa")));
        var sentences = ConllReader.Read(reader);
        _documents = sentences.GroupBy(s => s.DocumentIndex).Select(g => g.Select(s => s.Tokens).ToList()).ToList();
        var tokens = sentences.Sum(s => s.Tokens.Count);
        if (tokens != Tokens)
        {
            throw new InvalidOperationException($"eng.testa has {tokens} tokens, the benchmark expects {Tokens}");
        }
    }

    [Benchmark(OperationsPerInvoke = Tokens)]
    public int RecognizeTestA()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            foreach (var sentence in _recognizer.RecognizeDocument(document))
            {
                found += sentence.Count;
            }
        }

        return found;
    }

    /// <summary>The same tokens one sentence at a time, without the document-level features.</summary>
    [Benchmark(OperationsPerInvoke = Tokens)]
    public int RecognizeTestASentences()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            foreach (var sentence in document)
            {
                found += _recognizer.Recognize(sentence).Count;
            }
        }

        return found;
    }
}

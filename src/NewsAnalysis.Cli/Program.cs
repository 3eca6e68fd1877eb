using System.CommandLine;
using System.CommandLine.Invocation;
using NewsAnalysis.Cli.Commands;

var root = new RootCommand("NewsAnalysis: read one article's findings, train and evaluate the models, send a folder of articles to the API, audit how a running API answers who, manage API keys")
{
    AnalyzeCommand.Create(),
    TrainNerCommand.Create(),
    TrainNerContextualCommand.Create(),
    BuildWordClustersCommand.Create(),
    EvaluateNerCommand.Create(),
    TrainCheckWorthinessCommand.Create(),
    EvaluateCheckWorthinessCommand.Create(),
    EvaluateAttributionCommand.Create(),
    TrainAttributionCommand.Create(),
    TrainPosCommand.Create(),
    EvaluatePosCommand.Create(),
    EvaluateCoreferenceCommand.Create(),
    EvaluateExtractionCommand.Create(),
    TrainCoreferenceCommand.Create(),
    IngestCommand.Create(),
    AuditWhoCommand.Create(),
    KeysCommand.Create(),
    BenchPipelineCommand.Create(),
    BenchIngestCommand.Create(),
    BenchQueriesCommand.Create(),
    BenchCorpusCommand.Create(),
};

var parseResult = root.Parse(args);
try
{
    var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

    // A usage error exits with 2, as it did before System.CommandLine; 1 stays for a command that failed.
    return parseResult.Action is ParseErrorAction ? 2 : exitCode;
}
catch (OperationCanceledException)
{
    // Ctrl+C cancelled an async command (ingest): the shell's exit code for SIGINT, without a stack trace.
    return 130;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
{
    // A file that cannot be read (a missing split, a damaged model) is the user's to fix: the message, not a stack trace.
    Console.Error.WriteLine(e.Message);
    return 1;
}

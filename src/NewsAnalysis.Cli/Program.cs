using NewsAnalysis.Cli.Commands;

var commands = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["analyze"] = AnalyzeCommand.RunAsync,
    ["train-ner"] = TrainNerCommand.RunAsync,
    ["evaluate-ner"] = EvaluateNerCommand.RunAsync,
    ["train-checkworthiness"] = TrainCheckWorthinessCommand.RunAsync,
    ["evaluate-checkworthiness"] = EvaluateCheckWorthinessCommand.RunAsync,
    ["evaluate-attribution"] = EvaluateAttributionCommand.RunAsync,
    ["ingest"] = IngestCommand.RunAsync,
    ["train-attribution"] = TrainAttributionCommand.RunAsync,
    ["train-pos"] = TrainPosCommand.RunAsync,
    ["evaluate-pos"] = EvaluatePosCommand.RunAsync,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine("usage: NewsAnalysis.Cli <command> [options]");
    Console.Error.WriteLine("commands: " + string.Join(", ", commands.Keys.Order()));
    return 2;
}

return await run(args[1..]);

using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/NewsAnalysis.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point, named for BenchmarkSwitcher.</summary>
public partial class Program;

namespace NewsAnalysis.Api.Common;

/// <summary>An action that answers text/csv as well as JSON (<see cref="CsvOperationFilter"/> documents it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProducesCsvAttribute : Attribute;

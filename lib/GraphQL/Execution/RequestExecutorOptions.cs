using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>: parser limits, validation rules, cache size and error exposure.</summary>
public sealed record RequestExecutorOptions
{
    /// <summary>The defaults: default parser limits, the specified rules with depth 15 and cost 10,000 limits, 1,000 cached documents.</summary>
    public static RequestExecutorOptions Default { get; } = new();

    /// <summary>Parser limits (document size, token count, nesting).</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation rules, operator limits included.</summary>
    public IReadOnlyList<Func<ValidationRule>> Rules { get; init; } = SpecifiedRules.WithLimits(maxDepth: 15, maxCost: 10_000);

    /// <summary>How many distinct query texts to keep parsed and validated.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Execution settings.</summary>
    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;
}

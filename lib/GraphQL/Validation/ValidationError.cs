namespace GraphQL.Validation;

/// <summary>A validation error: a <see cref="GraphQLError"/> that also names the rule that found it (graphql-js rule names).</summary>
public sealed class ValidationError(string message, IReadOnlyList<ErrorLocation> locations, string ruleName)
    : GraphQLError(message, locations)
{
    /// <summary>The rule's class name, e.g. <c>NoFragmentCyclesRule</c>.</summary>
    public string RuleName { get; } = ruleName;
}

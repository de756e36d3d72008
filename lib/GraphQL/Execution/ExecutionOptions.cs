namespace GraphQL.Execution;

/// <summary>How an <see cref="Executor"/> reports errors.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults: messages of exceptions other than <see cref="GraphQLException"/> are hidden.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// Whether messages of unexpected exceptions thrown by resolvers reach the client. Off by default,
    /// since they may reveal internals; <see cref="GraphQLException"/> messages are always exposed.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>The message used for unexpected exceptions when their messages are hidden.</summary>
    public string HiddenExceptionMessage { get; init; } = "Unexpected error.";
}

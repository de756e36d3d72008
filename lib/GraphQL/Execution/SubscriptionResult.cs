namespace GraphQL.Execution;

/// <summary>The outcome of subscribing: a stream of responses, or the errors that prevented it.</summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(IAsyncEnumerable<ExecutionResult>? stream, ExecutionResult? error)
    {
        Stream = stream;
        Error = error;
    }

    /// <summary>One response per source event; null when subscribing failed.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>The errors that prevented subscribing, or null.</summary>
    public ExecutionResult? Error { get; }

    /// <summary>Whether subscribing succeeded.</summary>
    public bool IsSuccess => Stream is not null;

    internal static SubscriptionResult Success(IAsyncEnumerable<ExecutionResult> stream) => new(stream, null);

    internal static SubscriptionResult Failure(ExecutionResult error) => new(null, error);
}

using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The entry point for transports: takes query text, parses and validates it once (cached by text),
/// selects the operation, coerces variables and executes. Thread-safe; create one per schema.
/// </summary>
public sealed class RequestExecutor
{
    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Options = options ?? RequestExecutorOptions.Default;
        Schema = schema;
        Documents = new DocumentCache(schema, Options.DocumentCacheSize, Options.Parser, Options.Rules);
        Executor = new Executor(schema, Options.Execution);
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The settings.</summary>
    public RequestExecutorOptions Options { get; }

    /// <summary>The parsed and validated documents.</summary>
    public DocumentCache Documents { get; }

    /// <summary>The executor, for callers holding documents of their own.</summary>
    public Executor Executor { get; }

    /// <summary>Parses (cached), validates (cached), selects the operation and coerces variables.</summary>
    public bool TryPrepare(GraphQLRequest request, out PreparedOperation? operation, out ExecutionResult? errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = Documents.GetOrAdd(request.Query);
        if (!document.IsValid)
        {
            operation = null;
            errors = ExecutionResult.FromErrors(document.Errors);
            return false;
        }

        return Executor.TryPrepare(ToExecutionRequest(request, document), out operation, out errors);
    }

    /// <summary>Executes a query or mutation; for a subscription, the selection set runs once on the root value.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = Documents.GetOrAdd(request.Query);
        return document.IsValid
            ? Executor.ExecuteAsync(ToExecutionRequest(request, document), cancellationToken)
            : new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(document.Errors));
    }

    /// <summary>Subscribes: one response per source event, or the errors that prevented subscribing.</summary>
    public ValueTask<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = Documents.GetOrAdd(request.Query);
        return document.IsValid
            ? Executor.SubscribeAsync(ToExecutionRequest(request, document), cancellationToken)
            : new ValueTask<SubscriptionResult>(SubscriptionResult.Failure(ExecutionResult.FromErrors(document.Errors)));
    }

    private static ExecutionRequest ToExecutionRequest(GraphQLRequest request, CachedDocument document) => new()
    {
        Document = document.Document!,
        OperationName = request.OperationName,
        Variables = request.Variables,
        RootValue = request.RootValue,
        Services = request.Services,
        UserContext = request.UserContext,
    };
}

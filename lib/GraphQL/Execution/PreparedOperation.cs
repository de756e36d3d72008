using System.Runtime.CompilerServices;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// An operation of a document with its variables coerced, ready to execute. Transports use it to
/// execute a subscription's selection set once per source event and share the serialized result
/// among all subscribers with the same document and variables.
/// </summary>
public sealed class PreparedOperation
{
    private readonly ExecutionRequest _request;

    internal PreparedOperation(Executor executor, DocumentNode document, OperationPlan plan, ObjectType rootType, InputValues variables, ExecutionRequest request)
    {
        Executor = executor;
        Document = document;
        Plan = plan;
        RootType = rootType;
        Variables = variables;
        _request = request;
    }

    /// <summary>The document.</summary>
    public DocumentNode Document { get; }

    /// <summary>The selected operation.</summary>
    public OperationDefinitionNode Operation => Plan.Operation;

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType OperationType => Plan.Operation.Operation;

    /// <summary>The coerced variables.</summary>
    public InputValues Variables { get; }

    /// <summary>The root value from the request.</summary>
    public object? RootValue => _request.RootValue;

    /// <summary>The request's services.</summary>
    public IServiceProvider? Services => _request.Services;

    /// <summary>The request's user context.</summary>
    public object? UserContext => _request.UserContext;

    internal Executor Executor { get; }

    internal OperationPlan Plan { get; }

    internal ObjectType RootType { get; }

    /// <summary>Executes a query (fields in parallel where resolvers are asynchronous) or a mutation (root fields one after another).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(CancellationToken cancellationToken = default) =>
        new ExecutionContext(this, cancellationToken, isSubscriptionEvent: false).RunAsync(_request.RootValue, serial: OperationType == OperationType.Mutation);

    /// <summary>Executes a subscription's selection set for one source event (the root field resolves to the event unless it has its own resolver).</summary>
    public ValueTask<ExecutionResult> ExecuteEventAsync(object? sourceEvent, CancellationToken cancellationToken = default) =>
        new ExecutionContext(this, cancellationToken, isSubscriptionEvent: true).RunAsync(sourceEvent, serial: false);

    /// <summary>Creates the source event stream of a subscription, or the errors that prevented it.</summary>
    public ValueTask<(IAsyncEnumerable<object?>? Stream, ExecutionResult? Error)> CreateSourceStreamAsync(CancellationToken cancellationToken = default) =>
        new ExecutionContext(this, cancellationToken, isSubscriptionEvent: false).CreateSourceStreamAsync(_request.RootValue);

    internal async IAsyncEnumerable<ExecutionResult> MapSourceStream(
        IAsyncEnumerable<object?> source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var sourceEvent in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            yield return await ExecuteEventAsync(sourceEvent, cancellationToken).ConfigureAwait(false);
    }
}

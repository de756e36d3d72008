using System.Runtime.CompilerServices;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Executes validated documents against one schema. Thread-safe and meant to live as long as the
/// schema: it caches execution plans per operation node, so documents parsed once and reused
/// (see <see cref="DocumentCache"/>) skip field collection and static argument coercion.
/// </summary>
public sealed class Executor
{
    private readonly ConditionalWeakTable<OperationDefinitionNode, OperationPlan> _plans = [];

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public Executor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public ExecutionOptions Options { get; }

    /// <summary>
    /// Selects the operation and coerces the variables. On success the prepared operation can be
    /// executed (for subscriptions: once per event); on failure <paramref name="errors"/> is the response.
    /// </summary>
    public bool TryPrepare(ExecutionRequest request, out PreparedOperation? operation, out ExecutionResult? errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        operation = null;
        errors = null;
        var node = SelectOperation(request.Document, request.OperationName, out var selectionError);
        if (node is null)
        {
            errors = ExecutionResult.FromErrors([new GraphQLError(selectionError!)]);
            return false;
        }

        var rootType = Schema.GetRootType(node.Operation);
        if (rootType is null)
        {
            var kind = node.Operation.ToString().ToLowerInvariant();
            errors = ExecutionResult.FromErrors([new GraphQLError($"Schema is not configured to execute {kind} operation.", [node.Location.ToErrorLocation()])]);
            return false;
        }

        var variables = VariableCoercion.Coerce(Schema, node, request.Variables, out var variableErrors);
        if (variables is null)
        {
            errors = ExecutionResult.FromErrors(variableErrors!);
            return false;
        }

        var plan = GetPlan(request.Document, node);
        operation = new PreparedOperation(this, request.Document, plan, rootType, variables, request);
        return true;
    }

    /// <summary>Executes a query or mutation (or, for a subscription, runs its selection set once on the root value).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        if (!TryPrepare(request, out var operation, out var errors))
            return new ValueTask<ExecutionResult>(errors!);
        return operation!.OperationType == OperationType.Subscription
            ? operation.ExecuteEventAsync(request.RootValue, cancellationToken)
            : operation.ExecuteAsync(cancellationToken);
    }

    /// <summary>Subscribes: creates the source event stream and maps each event to a response.</summary>
    public async ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        if (!TryPrepare(request, out var operation, out var errors))
            return SubscriptionResult.Failure(errors!);
        if (operation!.OperationType != OperationType.Subscription)
            return SubscriptionResult.Failure(ExecutionResult.FromErrors([new GraphQLError("The operation is not a subscription.")]));
        var (source, error) = await operation.CreateSourceStreamAsync(cancellationToken).ConfigureAwait(false);
        return source is null ? SubscriptionResult.Failure(error!) : SubscriptionResult.Success(operation.MapSourceStream(source, cancellationToken));
    }

    private OperationPlan GetPlan(DocumentNode document, OperationDefinitionNode node) =>
        _plans.TryGetValue(node, out var plan) ? plan : AddPlan(document, node);

    // Kept apart so the closure is only allocated on a cache miss.
    private OperationPlan AddPlan(DocumentNode document, OperationDefinitionNode node) =>
        _plans.GetValue(node, n => new OperationPlan(document, n));

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out string? error)
    {
        OperationDefinitionNode? found = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
                continue;
            if (operationName is null)
            {
                if (found is not null)
                {
                    error = "Must provide operation name if query contains multiple operations.";
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is null)
            error = operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".";
        return found;
    }
}

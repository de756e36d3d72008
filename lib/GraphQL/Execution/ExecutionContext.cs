using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The state of one execution: the result tree under construction, errors, fields waiting on
/// asynchronous resolvers and the data loaders. Synchronous resolvers are resolved and completed
/// depth-first without awaiting; pending ones are awaited together per level, after dispatching
/// the data loaders their resolvers used, so independent asynchronous fields run in parallel.
/// </summary>
internal sealed partial class ExecutionContext
{
    /// <summary>Marks a position whose value could not be produced (an error was recorded).</summary>
    private static readonly object Invalid = new();

    private readonly PreparedOperation _operation;
    private readonly bool _isSubscriptionEvent;
    private List<GraphQLError>? _errors;
    private List<PendingField>? _pending;
    private DataLoaderScope? _dataLoaders;
    private ResolveContext? _spareContext;
    private ResultMap? _root;
    private bool _dataIsNull;

    public ExecutionContext(PreparedOperation operation, CancellationToken cancellationToken, bool isSubscriptionEvent)
    {
        _operation = operation;
        CancellationToken = cancellationToken;
        _isSubscriptionEvent = isSubscriptionEvent;
    }

    public Schema Schema => _operation.Executor.Schema;

    public PreparedOperation Operation => _operation;

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders => _dataLoaders ??= new DataLoaderScope();

    private InputValues Variables => _operation.Variables;

    /// <summary>Records an error; resolvers may call this from other threads, so the list (created on first use) is the lock.</summary>
    public void AddError(GraphQLError error)
    {
        var errors = Volatile.Read(ref _errors) ?? Interlocked.CompareExchange(ref _errors, [], null) ?? _errors!;
        lock (errors)
            errors.Add(error);
    }

    public ValueTask<ExecutionResult> RunAsync(object? rootValue, bool serial)
    {
        SelectionPlan plan;
        try
        {
            plan = GetPlan(_operation.Plan.RootPlans, _operation.RootType, _operation.Plan.RootSelections);
        }
        catch (GraphQLException ex)
        {
            AddError(new GraphQLError(ex.Message, [_operation.Operation.Location.ToErrorLocation()]));
            return new ValueTask<ExecutionResult>(BuildResult());
        }

        _root = new ResultMap(plan);
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (!ExecuteField(_root, i, fields[i], rootValue, null))
            {
                _dataIsNull = true;
                break;
            }

            if (serial && _pending is { Count: > 0 })
                return RunSeriallyAsync(rootValue, i + 1);
        }

        return _pending is { Count: > 0 } ? FinishAsync() : new ValueTask<ExecutionResult>(BuildResult());
    }

    private async ValueTask<ExecutionResult> FinishAsync()
    {
        await RunPendingAsync().ConfigureAwait(false);
        return BuildResult();
    }

    private async ValueTask<ExecutionResult> RunSeriallyAsync(object? rootValue, int next)
    {
        await RunPendingAsync().ConfigureAwait(false);
        var fields = _root!.Plan.Fields;
        for (var i = next; i < fields.Length && !_dataIsNull; i++)
        {
            if (!ExecuteField(_root, i, fields[i], rootValue, null))
            {
                _dataIsNull = true;
                break;
            }

            await RunPendingAsync().ConfigureAwait(false);
        }

        return BuildResult();
    }

    private ExecutionResult BuildResult()
    {
        IReadOnlyList<GraphQLError> errors = [];
        var recorded = Volatile.Read(ref _errors);
        if (recorded is not null)
        {
            lock (recorded)
                errors = [.. recorded];
        }

        return new ExecutionResult(_dataIsNull ? null : _root, hasData: true, errors);
    }

    /// <summary>Awaits pending resolvers level by level, dispatching data loaders whenever loads are waiting.</summary>
    private async ValueTask RunPendingAsync()
    {
        while (_pending is { Count: > 0 })
        {
            var batch = _pending;
            _pending = null;
            var tasks = new Task[batch.Count];
            for (var i = 0; i < tasks.Length; i++)
                tasks[i] = batch[i].Task;
            var all = Task.WhenAll(tasks);
            while (!all.IsCompleted)
            {
                var loaders = _dataLoaders;
                if (loaders is not null && loaders.HasPendingLoads)
                {
                    await loaders.DispatchAllAsync(CancellationToken).ConfigureAwait(false);
                    continue;
                }

                // A resolver continuing after one batch may queue loads for the next: wake up for those too.
                var wake = loaders is null ? all : Task.WhenAny(all, loaders.WhenLoadQueued());
                await wake.WaitAsync(CancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                CancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var pending in batch)
                CompletePending(pending);
        }
    }

    private void CompletePending(PendingField pending)
    {
        var field = pending.Field;
        object? completed;
        if (pending.Task.IsCompletedSuccessfully)
        {
            completed = CompleteValue(field.Definition.Type, field, pending.Task.Result, pending.ParentPath, field.ResponseName, 0);
        }
        else
        {
            var exception = pending.Task.Exception?.InnerException ?? (Exception)new OperationCanceledException();
            AddError(ToError(exception, field, new ResultPath(pending.ParentPath, field.ResponseName, 0)));
            completed = Invalid;
        }

        if (!ReferenceEquals(completed, Invalid))
            pending.Map.SetChild(pending.Index, completed);
        else if (!field.IsNonNull)
            pending.Map.SetSlot(pending.Index, null);
        else
            PropagateNull(pending.Map);
    }

    /// <summary>Nulls the nearest nullable ancestor slot of <paramref name="node"/> (or the data itself).</summary>
    private void PropagateNull(ResultNode node)
    {
        while (true)
        {
            if (node.Discarded)
                return;
            var parent = node.Parent;
            if (parent is null)
            {
                if (ReferenceEquals(node, _root))
                    _dataIsNull = true;
                return;
            }

            if (!parent.IsNonNullSlot(node.ParentIndex))
            {
                parent.SetSlot(node.ParentIndex, null);
                return;
            }

            node = parent;
        }
    }

    private SelectionPlan GetPlan(PlanCache cache, ObjectType type, Language.Ast.SelectionSetNode[] selectionSets) =>
        _operation.Plan.GetPlan(Schema, cache, type, selectionSets, Variables);

    private GraphQLError ToError(Exception exception, PlannedField field, ResultPath path)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
            exception = aggregate.InnerExceptions[0];
        var message = exception switch
        {
            GraphQLException => exception.Message,
            _ when _operation.Executor.Options.ExposeExceptionMessages => exception.Message,
            _ => _operation.Executor.Options.HiddenExceptionMessage,
        };
        return new GraphQLError(message, field.Locations, path.ToList(), (exception as GraphQLException)?.Extensions, exception);
    }
}

namespace GraphQL.Execution;

/// <summary>Field execution: arguments, resolver invocation and the split between synchronous and pending results.</summary>
internal sealed partial class ExecutionContext
{
    /// <summary>Executes a selection set on an object value; returns the map, or <see cref="Invalid"/> when a non-null field failed.</summary>
    private object ExecuteSelectionSet(SelectionPlan plan, object? source, ResultPath? path)
    {
        var map = new ResultMap(plan);
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (!ExecuteField(map, i, fields[i], source, path))
            {
                map.Discarded = true;
                return Invalid;
            }
        }

        return map;
    }

    /// <summary>Resolves and completes one field into <paramref name="map"/>; false when its failure must null the map.</summary>
    private bool ExecuteField(ResultMap map, int index, PlannedField field, object? source, ResultPath? parentPath)
    {
        if (field.IsTypeName)
        {
            map.SetSlot(index, field.ParentType.Name);
            return true;
        }

        InputValues arguments;
        try
        {
            arguments = GetArguments(field);
        }
        catch (GraphQLException ex)
        {
            return FieldFailed(map, index, field, parentPath, ex);
        }

        var definition = field.Definition;
        ValueTask<object?> resolved;
        var context = _spareContext ?? new ResolveContext(this);
        _spareContext = null;
        context.Reset(field, source, parentPath, arguments);
        try
        {
            // The root field of a subscription event resolves to the event unless it has a resolver of its own.
            resolved = _isSubscriptionEvent && definition.Subscribe is not null && !definition.HasCustomResolver
                ? new ValueTask<object?>(source)
                : definition.Resolver(context);
        }
        catch (Exception ex)
        {
            _spareContext = context;
            return FieldFailed(map, index, field, parentPath, ex);
        }

        if (!resolved.IsCompleted)
        {
            // The resolver may still use its context, so it is not reused.
            (_pending ??= []).Add(new PendingField(map, index, field, parentPath, resolved.AsTask()));
            return true;
        }

        object? result;
        try
        {
            result = resolved.Result;
        }
        catch (Exception ex)
        {
            _spareContext = context;
            return FieldFailed(map, index, field, parentPath, ex);
        }

        var completed = CompleteValue(definition.Type, field, result, parentPath, field.ResponseName, 0);

        // Only now may the context serve another field: values captured by the result may still read it
        // while their own selections complete.
        _spareContext = context;
        if (ReferenceEquals(completed, Invalid))
        {
            if (field.IsNonNull)
                return false;
            completed = null;
        }

        map.SetChild(index, completed);
        return true;
    }

    private bool FieldFailed(ResultMap map, int index, PlannedField field, ResultPath? parentPath, Exception exception)
    {
        AddError(ToError(exception, field, new ResultPath(parentPath, field.ResponseName, 0)));
        if (field.IsNonNull)
            return false;
        map.SetSlot(index, null);
        return true;
    }

    private InputValues GetArguments(PlannedField field)
    {
        if (field.HasVariableArguments)
            return ArgumentCoercion.Coerce(field.Definition.Arguments, field.Nodes[0].Arguments, Variables);
        var cached = field.Static;
        if (cached is null)
        {
            // Racing executions compute the same value; whichever is published last wins harmlessly.
            try
            {
                cached = new StaticArguments(ArgumentCoercion.Coerce(field.Definition.Arguments, field.Nodes[0].Arguments, InputValues.Empty), null);
            }
            catch (GraphQLException ex)
            {
                cached = new StaticArguments(null, ex.Message);
            }

            field.Static = cached;
        }

        return cached.Values ?? throw new GraphQLException(cached.Error!);
    }
}

namespace GraphQL.Execution;

/// <summary>The specification's CreateSourceEventStream.</summary>
internal sealed partial class ExecutionContext
{
    public async ValueTask<(IAsyncEnumerable<object?>? Stream, ExecutionResult? Error)> CreateSourceStreamAsync(object? rootValue)
    {
        SelectionPlan plan;
        try
        {
            plan = GetPlan(_operation.Plan.RootPlans, _operation.RootType, _operation.Plan.RootSelections);
        }
        catch (GraphQLException ex)
        {
            return (null, ExecutionResult.FromErrors([new GraphQLError(ex.Message, [_operation.Operation.Location.ToErrorLocation()])]));
        }

        if (plan.Fields.Length == 0)
            return (null, ExecutionResult.FromErrors([new GraphQLError("Subscription has no root field to subscribe to.")]));

        var field = plan.Fields[0];
        var path = new ResultPath(null, field.ResponseName, 0);
        var definition = field.Definition;
        if (definition.Subscribe is null)
        {
            return (null, ExecutionResult.FromErrors(
                [new GraphQLError($"Subscription field \"{definition.Coordinate}\" has no event source.", field.Locations, path.ToList())]));
        }

        try
        {
            var context = new ResolveContext(this);
            context.Reset(field, rootValue, null, GetArguments(field));
            var stream = await definition.Subscribe(context).ConfigureAwait(false);
            return stream is null
                ? (null, ExecutionResult.FromErrors([new GraphQLError($"Subscription field \"{definition.Coordinate}\" returned no event stream.", field.Locations, path.ToList())]))
                : (stream, null);
        }
        catch (Exception ex)
        {
            return (null, ExecutionResult.FromErrors([ToError(ex, field, path)]));
        }
    }
}

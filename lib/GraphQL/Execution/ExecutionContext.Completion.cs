using System.Collections;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>CompleteValue: non-null checks, lists, leaf serialization and object / abstract type completion.</summary>
internal sealed partial class ExecutionContext
{
    /// <summary>
    /// Completes a resolved value for a position of the given type. Returns the completed value, or
    /// <see cref="Invalid"/> after recording an error; the caller nulls the position or propagates.
    /// </summary>
    private object? CompleteValue(GraphQLType type, PlannedField field, object? result, ResultPath? parent, string? key, int index)
    {
        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, field, result, parent, key, index);
            if (completed is null)
            {
                AddError(new GraphQLError(
                    $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.",
                    field.Locations,
                    new ResultPath(parent, key, index).ToList()));
                return Invalid;
            }

            return completed;
        }

        if (result is null)
            return null;

        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    return scalar.Serialize(result);
                case EnumType enumType:
                    return enumType.Serialize(result);
                case ObjectType objectType:
                    if (objectType.IsTypeOf is not null && !objectType.IsTypeOf(result))
                        throw new GraphQLException($"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.");
                    return CompleteObject(objectType, field, result, new ResultPath(parent, key, index));
                case ListType list:
                    return CompleteList(list, field, result, new ResultPath(parent, key, index));
                default:
                    var runtimeType = ResolveRuntimeType((NamedType)type, field, result);
                    return CompleteObject(runtimeType, field, result, new ResultPath(parent, key, index));
            }
        }
        catch (Exception ex)
        {
            AddError(ToError(ex, field, new ResultPath(parent, key, index)));
            return Invalid;
        }
    }

    private object CompleteObject(ObjectType type, PlannedField field, object result, ResultPath path)
    {
        var plan = GetPlan(field.SubPlans, type, field.SubSelections);
        return ExecuteSelectionSet(plan, result, path);
    }

    private object CompleteList(ListType listType, PlannedField field, object result, ResultPath path)
    {
        if (result is string || result is not IEnumerable sequence)
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\".");

        var itemType = listType.OfType;
        var items = result is ICollection collection ? new object?[collection.Count] : null;
        List<object?>? buffer = null;
        if (items is null)
        {
            buffer = [];
            foreach (var item in sequence)
                buffer.Add(item);
            items = new object?[buffer.Count];
        }

        var list = new ResultList(items, itemType.IsNonNull);
        var i = 0;
        foreach (var item in buffer ?? (IEnumerable)sequence)
        {
            if (i >= items.Length)
                break;
            var completed = CompleteValue(itemType, field, item, path, null, i);
            if (ReferenceEquals(completed, Invalid))
            {
                if (itemType.IsNonNull)
                {
                    list.Discarded = true;
                    return Invalid;
                }

                completed = null;
            }

            list.SetChild(i++, completed);
        }

        return list;
    }

    private ObjectType ResolveRuntimeType(NamedType abstractType, PlannedField field, object value)
    {
        var resolveType = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => throw new GraphQLException($"Type \"{abstractType.Name}\" cannot be completed."),
        };

        string? typeName = null;
        if (resolveType is not null)
        {
            typeName = resolveType(value);
        }
        else
        {
            foreach (var candidate in Schema.GetPossibleTypes(abstractType))
            {
                if (candidate.IsTypeOf is not null && candidate.IsTypeOf(value))
                    return candidate;
            }

            if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var named))
                typeName = named as string;
        }

        if (typeName is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Definition.Name}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
        if (!Schema.IsPossibleType(abstractType, objectType))
            throw new GraphQLException($"Runtime Object type \"{typeName}\" is not a possible type for \"{abstractType.Name}\".");
        return objectType;
    }
}

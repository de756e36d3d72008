using System.Collections;
using GraphQL.Execution;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The specification's value-to-literal conversion (graphql-js <c>astFromValue</c>), used for default values.</summary>
public static class LiteralConversion
{
    /// <summary>Turns an internal value of <paramref name="type"/> into a literal.</summary>
    /// <exception cref="GraphQLException">The value does not fit the type.</exception>
    public static ValueNode ToLiteral(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var location = default(GraphQL.Language.Location);
        if (type is NonNullType nonNull)
        {
            if (value is null)
                throw new GraphQLException($"Expected a value of non-null type \"{type}\" but found null.");
            return ToLiteral(value, nonNull.OfType);
        }

        if (value is null)
            return new NullValueNode(location);

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string && !IsMap(value))
                {
                    var literals = new List<ValueNode>();
                    foreach (var item in items)
                        literals.Add(ToLiteral(item, list.OfType));
                    return new ListValueNode(literals, location);
                }

                return ToLiteral(value, list.OfType);
            case InputObjectType input:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (TryGetEntry(value, field.Name, out var fieldValue))
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name, location), ToLiteral(fieldValue, field.Type), location));
                }

                if (!IsMap(value))
                    throw new GraphQLException($"Expected a dictionary for input object \"{input.Name}\" but found {Inspect.Value(value)}.");
                return new ObjectValueNode(fields, location);
            case EnumType enumType:
                var name = value is string text && enumType.GetValue(text) is not null ? text : enumType.Serialize(value);
                return new EnumValueNode(name, location);
            case ScalarType scalar:
                return scalar.ToLiteral(value);
            default:
                throw new GraphQLException($"Type \"{type}\" is not an input type.");
        }
    }

    private static bool IsMap(object value) =>
        value is InputValues or IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;

    private static bool TryGetEntry(object map, string key, out object? value)
    {
        switch (map)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(key, out value);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(key, out value);
            default:
                value = null;
                return false;
        }
    }
}

using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Input coercion per the specification: of literals in documents (with variables already coerced) and
/// of external values such as decoded JSON variables. Produces the internal forms resolvers receive.
/// </summary>
public static partial class InputCoercion
{
    /// <summary>Marks a variable reference whose variable was not provided (distinct from null).</summary>
    internal static readonly object Undefined = new();

    /// <summary>Coerces a literal to <paramref name="type"/>; variables are looked up in <paramref name="variables"/>.</summary>
    /// <exception cref="GraphQLException">The literal is not valid for the type.</exception>
    public static object? CoerceLiteral(ValueNode literal, GraphQLType type, InputValues? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var value = CoerceLiteralOrUndefined(literal, type, variables);
        if (ReferenceEquals(value, Undefined))
        {
            if (type.IsNonNull)
                throw new GraphQLException($"Expected value of type \"{type}\", found {AstPrinter.Print(literal)}.");
            return null;
        }

        return value;
    }

    /// <summary>Coerces an external value (decoded JSON: dictionaries, lists, strings, numbers, booleans, or a JsonElement).</summary>
    /// <exception cref="GraphQLException">The value is not valid for the type; the message names the place inside it.</exception>
    public static object? CoerceValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var errors = new List<InputCoercionError>();
        var result = CoerceExternal(value, type, [], errors);
        if (errors.Count == 0)
            return result;
        var first = errors[0];
        var at = first.Path.Count > 0 ? $" at \"value{FormatPath(first.Path)}\"" : string.Empty;
        throw new GraphQLException($"Invalid value {Inspect.Value(first.InvalidValue)}{at}: {first.Message}");
    }

    internal static object? CoerceLiteralOrUndefined(ValueNode literal, GraphQLType type, InputValues? variables)
    {
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                return Undefined;
            if (variableValue is null && type.IsNonNull)
                throw new GraphQLException($"Variable \"${variable.Name.Value}\" of non-null type \"{type}\" must not be null.");
            return variableValue;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
                throw new GraphQLException($"Expected value of type \"{type}\", found null.");
            return CoerceLiteralOrUndefined(literal, nonNull.OfType, variables);
        }

        if (literal is NullValueNode)
            return null;

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var result = new object?[items.Values.Count];
                    for (var i = 0; i < result.Length; i++)
                    {
                        var item = CoerceLiteralOrUndefined(items.Values[i], list.OfType, variables);
                        if (ReferenceEquals(item, Undefined))
                        {
                            if (list.OfType.IsNonNull)
                                throw new GraphQLException($"Expected value of type \"{list.OfType}\", found {AstPrinter.Print(items.Values[i])}.");
                            item = null;
                        }

                        result[i] = item;
                    }

                    return result;
                }

                var single = CoerceLiteralOrUndefined(literal, list.OfType, variables);
                return ReferenceEquals(single, Undefined) ? Undefined : new[] { single };
            case InputObjectType inputObject:
                return CoerceObjectLiteral(literal, inputObject, variables);
            case EnumType enumType:
                return enumType.ParseLiteral(literal);
            case ScalarType scalar:
                return scalar.ParseLiteral(literal);
            default:
                throw new GraphQLException($"Type \"{type}\" is not an input type.");
        }
    }

    private static object CoerceObjectLiteral(ValueNode literal, InputObjectType type, InputValues? variables)
    {
        if (literal is not ObjectValueNode obj)
            throw new GraphQLException($"Expected value of type \"{type.Name}\", found {AstPrinter.Print(literal)}.");
        foreach (var fieldNode in obj.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
                throw new GraphQLException($"Field \"{fieldNode.Name.Value}\" is not defined by type \"{type.Name}\".");
        }

        var result = new InputValues(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in obj.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate;
                    break;
                }
            }

            var value = fieldNode is null ? Undefined : CoerceLiteralOrUndefined(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(value, Undefined))
            {
                if (field.HasDefaultValue)
                    result.Set(field.Name, field.DefaultValue);
                else if (field.Type.IsNonNull)
                    throw new GraphQLException($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
                continue;
            }

            result.Set(field.Name, value);
        }

        if (type.IsOneOf)
            CheckOneOf(type, result);
        return type.Factory is null ? result : type.Factory(result);
    }

    private static void CheckOneOf(InputObjectType type, InputValues values)
    {
        if (values.Count != 1)
            throw new GraphQLException($"OneOf Input Object \"{type.Name}\" must specify exactly one key.");
        foreach (var (key, value) in values)
        {
            if (value is null)
                throw new GraphQLException($"Field \"{type.Name}.{key}\" must be non-null.");
        }
    }

    internal static string FormatPath(IReadOnlyList<object> path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
                builder.Append('[').Append(index).Append(']');
            else
                builder.Append('.').Append(segment);
        }

        return builder.ToString();
    }
}

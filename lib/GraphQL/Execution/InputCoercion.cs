using System.Collections;
using System.Text.Json;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Input coercion per the specification: of literals in documents (with variables already coerced) and
/// of external values such as decoded JSON variables. Produces the internal forms resolvers receive.
/// </summary>
public static class InputCoercion
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

    /// <summary>
    /// Coerces an external value, recording every problem (as graphql-js does) instead of stopping at the
    /// first; the result is meaningless when <paramref name="errors"/> gained entries.
    /// </summary>
    internal static object? CoerceExternal(object? value, GraphQLType type, List<object> path, List<InputCoercionError> errors)
    {
        if (value is JsonElement element)
            value = JsonInput.ToClr(element);

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                errors.Add(new InputCoercionError($"Expected non-nullable type \"{type}\" not to be null.", value, [.. path]));
                return null;
            }

            return CoerceExternal(value, nonNull.OfType, path, errors);
        }

        if (value is null)
            return null;

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable sequence and not string && !IsDictionary(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in sequence)
                    {
                        path.Add(index++);
                        items.Add(CoerceExternal(item, list.OfType, path, errors));
                        path.RemoveAt(path.Count - 1);
                    }

                    return items.ToArray();
                }

                return new[] { CoerceExternal(value, list.OfType, path, errors) };
            case InputObjectType inputObject:
                return CoerceExternalObject(value, inputObject, path, errors);
            case EnumType or ScalarType:
                try
                {
                    return type is EnumType enumType ? enumType.ParseValue(value) : ((ScalarType)type).ParseValue(value);
                }
                catch (GraphQLException ex)
                {
                    errors.Add(new InputCoercionError(ex.Message, value, [.. path]));
                    return null;
                }

            default:
                errors.Add(new InputCoercionError($"Type \"{type}\" is not an input type.", value, [.. path]));
                return null;
        }
    }

    private static object? CoerceExternalObject(object value, InputObjectType type, List<object> path, List<InputCoercionError> errors)
    {
        if (!TryGetEntries(value, out var entries))
        {
            errors.Add(new InputCoercionError($"Expected type \"{type.Name}\" to be an object.", value, [.. path]));
            return null;
        }

        var result = new InputValues(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                    result.Set(field.Name, field.DefaultValue);
                else if (field.Type.IsNonNull)
                    errors.Add(new InputCoercionError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.", value, [.. path]));
                continue;
            }

            path.Add(field.Name);
            result.Set(field.Name, CoerceExternal(fieldValue, field.Type, path, errors));
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in entries.Keys)
        {
            if (type.GetField(key) is null)
            {
                var suggestions = Suggestions.List(key, type.Fields.Select(f => f.Name));
                errors.Add(new InputCoercionError(
                    $"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions), value, [.. path]));
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                errors.Add(new InputCoercionError($"Exactly one key must be specified for OneOf type \"{type.Name}\".", value, [.. path]));
            }
            else
            {
                foreach (var (key, fieldValue) in result)
                {
                    if (fieldValue is null)
                        errors.Add(new InputCoercionError($"Field \"{key}\" must be non-null.", null, [.. path, key]));
                }
            }
        }

        return type.Factory is null || errors.Count > 0 ? result : type.Factory(result);
    }

    private static bool IsDictionary(object value) =>
        value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    private static bool TryGetEntries(object value, out IReadOnlyDictionary<string, object?> entries)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                entries = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                entries = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            case IDictionary legacy:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in legacy)
                    copy[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty] = entry.Value;
                entries = copy;
                return true;
            default:
                entries = null!;
                return false;
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

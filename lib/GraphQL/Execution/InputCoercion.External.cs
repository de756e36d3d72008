using System.Collections;
using System.Text.Json;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Coercion of external values (decoded JSON variables), collecting every problem with its place in the value.</summary>
public static partial class InputCoercion
{
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
}

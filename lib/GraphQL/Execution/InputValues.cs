using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Execution;

/// <summary>
/// Coerced input values by name: a field's arguments, an operation's variables or the fields of an
/// input object. Values are in their internal form (Int as <see cref="int"/>, lists as <c>object?[]</c>,
/// input objects as <see cref="InputValues"/> or the type's factory result, enums as their internal value).
/// </summary>
public sealed class InputValues : IReadOnlyDictionary<string, object?>
{
    private string[] _names;
    private object?[] _values;
    private int _count;

    internal InputValues(int capacity)
    {
        _names = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    /// <summary>No values.</summary>
    public static InputValues Empty { get; } = new(0);

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _names.Take(_count);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values.Take(_count);

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No input value named \"{key}\".");

    /// <summary>Creates values from name/value pairs (for tests and transports); later duplicates win.</summary>
    public static InputValues From(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        var result = new InputValues(list.Count);
        foreach (var (key, value) in list)
            result.Set(key, value);
        return result;
    }

    /// <summary>Whether a value was given (possibly null) for <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _values[index];
        return true;
    }

    /// <summary>The value for <paramref name="name"/> converted to <typeparamref name="T"/>.</summary>
    /// <exception cref="GraphQLException">No value was given.</exception>
    /// <exception cref="InvalidCastException">The value cannot be converted to <typeparamref name="T"/>.</exception>
    public T Get<T>(string name)
    {
        if (!TryGetValue(name, out var value))
            throw new GraphQLException($"No value was provided for \"{name}\".");
        return ValueConversion.To<T>(value, name);
    }

    /// <summary>The value for <paramref name="name"/>, or <paramref name="defaultValue"/> when none (or null) was given.</summary>
    public T? GetOrDefault<T>(string name, T? defaultValue = default) =>
        TryGetValue(name, out var value) && value is not null ? ValueConversion.To<T>(value, name) : defaultValue;

    /// <summary>A list value with each item converted to <typeparamref name="T"/>; empty when none was given.</summary>
    public IReadOnlyList<T> GetList<T>(string name)
    {
        if (!TryGetValue(name, out var value) || value is null)
            return [];
        if (value is object?[] items)
        {
            var result = new T[items.Length];
            for (var i = 0; i < items.Length; i++)
                result[i] = ValueConversion.To<T>(items[i], name);
            return result;
        }

        return [ValueConversion.To<T>(value, name)];
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
            yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Set(string name, object? value)
    {
        var index = IndexOf(name);
        if (index >= 0)
        {
            _values[index] = value;
            return;
        }

        if (_count == _names.Length)
        {
            Array.Resize(ref _names, Math.Max(4, _count * 2));
            Array.Resize(ref _values, _names.Length);
        }

        _names[_count] = name;
        _values[_count] = value;
        _count++;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }
}

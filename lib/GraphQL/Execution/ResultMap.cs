using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// An object in the result: response names (shared with the cached plan, with their JSON-encoded forms)
/// and one value array. Values are strings, numbers, booleans, null, nested maps and <see cref="ResultList"/>s.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly SelectionPlan _plan;
    private readonly object?[] _values;

    internal ResultMap(SelectionPlan plan)
    {
        _plan = plan;
        _values = plan.Fields.Length == 0 ? [] : new object?[plan.Fields.Length];
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    internal SelectionPlan Plan => _plan;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _plan.Fields.Select(f => f.ResponseName);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values;

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No field \"{key}\" in the result.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => _plan.IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = _plan.IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <summary>Writes the map as a JSON object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        var fields = _plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].EncodedName);
            var value = _values[i];
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case string text: writer.WriteStringValue(text); break;
                case ResultMap map: map.WriteTo(writer); break;
                default: JsonValueWriter.Write(writer, value); break;
            }
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
            yield return new KeyValuePair<string, object?>(_plan.Fields[i].ResponseName, _values[i]);
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override bool IsNonNullSlot(int index) => _plan.Fields[index].IsNonNull;

    internal override void SetSlot(int index, object? value) => _values[index] = value;
}

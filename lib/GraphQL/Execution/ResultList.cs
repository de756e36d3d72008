using System.Collections;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>A list in the result.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] _items;
    private readonly bool _itemsNonNull;

    internal ResultList(object?[] items, bool itemsNonNull)
    {
        _items = items;
        _itemsNonNull = itemsNonNull;
    }

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public object? this[int index] => _items[index];

    /// <summary>Writes the list as a JSON array.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var item in _items)
            JsonValueWriter.Write(writer, item);
        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal override bool IsNonNullSlot(int index) => _itemsNonNull;

    internal override void SetSlot(int index, object? value) => _items[index] = value;
}

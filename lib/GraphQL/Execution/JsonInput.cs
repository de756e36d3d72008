using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// Decodes JSON input (request variables, extensions) into the plain CLR values input coercion expects:
/// objects as dictionaries, arrays as lists, integers as int or long, other numbers as decimal when exact
/// (so Decimal inputs keep every digit) or double.
/// </summary>
public static class JsonInput
{
    /// <summary>Decodes a JSON object such as <c>{"id": 4}</c>; null for JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">The text is not JSON or not an object.</exception>
    public static Dictionary<string, object?>? ParseObject(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return ToObject(document.RootElement);
    }

    /// <summary>Decodes UTF-8 JSON holding an object (or null).</summary>
    /// <exception cref="JsonException">The bytes are not JSON or not an object.</exception>
    public static Dictionary<string, object?>? ParseObject(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return ToObject(document.RootElement);
    }

    /// <summary>Decodes an element holding an object (or null).</summary>
    /// <exception cref="JsonException">The element is neither an object nor null.</exception>
    public static Dictionary<string, object?>? ToObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Object => (Dictionary<string, object?>)ToClr(element)!,
        _ => throw new JsonException($"Expected a JSON object but found {element.ValueKind}."),
    };

    /// <summary>Decodes any element.</summary>
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                    map[property.Name] = ToClr(property.Value);
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                    list.Add(ToClr(item));
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var int32))
                    return int32;
                if (element.TryGetInt64(out var int64))
                    return int64;
                if (element.TryGetDecimal(out var exact) && IsExact(element))
                    return exact;
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    // decimal holds 28 significant digits exactly and underflows tiny exponents; other numbers stay double.
    private static bool IsExact(JsonElement element)
    {
        var significant = 0;
        var leading = true;
        foreach (var c in element.GetRawText())
        {
            if (c is 'e' or 'E')
                return false;
            if (!char.IsAsciiDigit(c))
                continue;
            if (leading && c == '0')
                continue;
            leading = false;
            significant++;
        }

        return significant <= 28;
    }
}

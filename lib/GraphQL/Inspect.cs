using System.Collections;
using System.Globalization;
using GraphQL.Language;

namespace GraphQL;

/// <summary>Renders runtime values for error messages the way graphql-js's <c>inspect</c> does.</summary>
internal static class Inspect
{
    /// <summary>A short, JavaScript-like rendering: strings quoted, objects as <c>{ a: 1 }</c>, lists as <c>[1, 2]</c>.</summary>
    public static string Value(object? value, int depth = 0) => value switch
    {
        null => "null",
        string text => AstPrinter.PrintString(text),
        bool boolean => boolean ? "true" : "false",
        double number => FormatDouble(number),
        float number => FormatDouble(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable and (int or long or short or byte or sbyte or ushort or uint or ulong) =>
            ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => depth >= 2 ? "[Object]" : Object(map.Select(p => (p.Key, p.Value)), depth),
        IDictionary map => depth >= 2 ? "[Object]"
            : Object(map.Cast<DictionaryEntry>().Select(e => (Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty, e.Value)), depth),
        IEnumerable list => depth >= 2 ? "[Array]" : "[" + string.Join(", ", list.Cast<object?>().Select(v => Value(v, depth + 1))) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Object(IEnumerable<(string Key, object? Value)> entries, int depth)
    {
        var parts = entries.Select(e => e.Key + ": " + Value(e.Value, depth + 1)).ToList();
        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }

    private static string FormatDouble(double number)
    {
        if (double.IsNaN(number))
            return "NaN";
        if (double.IsInfinity(number))
            return number > 0 ? "Infinity" : "-Infinity";
        return number.ToString("R", CultureInfo.InvariantCulture);
    }
}

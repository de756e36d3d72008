using System.Globalization;

namespace GraphQL.Types;

/// <summary>Conversions of boxed CLR numbers (as decoded from JSON or returned by resolvers) used by the numeric scalars.</summary>
internal static class NumberConversions
{
    /// <summary>The value as a whole number, when it is a number without a fractional part that fits in a long.</summary>
    public static bool TryGetInteger(object value, out long result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            case double d when double.IsInteger(d) && d >= long.MinValue && d < 9.2233720368547758E18: result = (long)d; return true;
            case float f when float.IsInteger(f) && f >= long.MinValue && f < 9.2233720368547758E18f: result = (long)f; return true;
            case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue: result = (long)m; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>The value as a double, when it is a finite number.</summary>
    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case double d: result = d; break;
            case float f: result = f; break;
            case decimal m: result = (double)m; break;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                result = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                break;
            default: result = 0; return false;
        }

        return double.IsFinite(result);
    }

    /// <summary>Whether the value is any CLR number type.</summary>
    public static bool IsNumber(object value) =>
        value is int or long or double or decimal or float or short or byte or sbyte or ushort or uint or ulong;
}

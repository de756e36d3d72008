using System.Globalization;

namespace GraphQL.Execution;

/// <summary>Converts coerced input values to the CLR types resolvers ask for.</summary>
internal static class ValueConversion
{
    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>, widening numbers and parsing enum names.</summary>
    public static T To<T>(object? value, string name)
    {
        if (value is T typed)
            return typed;
        if (value is null)
        {
            if (default(T) is null)
                return default!;
            throw new InvalidCastException($"Input value \"{name}\" is null and cannot be read as {typeof(T).Name}.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            if (target.IsEnum && value is string text)
                return (T)Enum.Parse(target, text, ignoreCase: true);
            if (value is IConvertible && IsNumeric(target) && IsNumeric(value.GetType()))
                return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is OverflowException or FormatException or ArgumentException)
        {
            throw new InvalidCastException($"Input value \"{name}\" ({Inspect.Value(value)}) cannot be read as {typeof(T).Name}: {ex.Message}", ex);
        }

        throw new InvalidCastException($"Input value \"{name}\" holds a {value.GetType().Name}, which cannot be read as {typeof(T).Name}.");
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)
        || type == typeof(float) || type == typeof(short) || type == typeof(byte) || type == typeof(uint)
        || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);
}

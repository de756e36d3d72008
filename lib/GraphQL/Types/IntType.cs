using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The built-in <c>Int</c> scalar: a signed 32-bit integer.</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        if (value is int)
            return value;
        if (value is bool boolean)
            return boolean ? 1 : 0;
        if (value is string text && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            return ToInt(parsed, value);
        if (!NumberConversions.TryGetInteger(value, out var integer))
        {
            if (NumberConversions.IsNumber(value) && !IsFractional(value))
                throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        return ToInt(integer, value);
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        if (value is int)
            return value;
        if (!NumberConversions.TryGetInteger(value, out var integer))
        {
            if (NumberConversions.IsNumber(value) && !IsFractional(value))
                throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
            throw new GraphQLException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        return ToInt(integer, value);
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode integer)
            throw new GraphQLException($"Int cannot represent non-integer value: {AstPrinter.Print(literal)}");
        if (!int.TryParse(integer.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var result))
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {integer.Value}");
        return result;
    }

    private static object ToInt(long integer, object original)
    {
        if (integer is < int.MinValue or > int.MaxValue)
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(original)}");
        return (int)integer;
    }

    // Integral but too large for a long (e.g. 1e30) counts as out of range rather than non-integer.
    private static bool IsFractional(object value) => value switch
    {
        double d => !double.IsInteger(d),
        float f => !float.IsInteger(f),
        decimal m => m != decimal.Truncate(m),
        _ => false,
    };
}

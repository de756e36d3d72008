using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// The <c>Decimal</c> scalar: an exact decimal number (prices, quantities, money). It is serialized as a
/// JSON <b>string</b> (<c>"123.4500"</c>, scale preserved) because JSON numbers are read as binary doubles by
/// most clients and would lose precision. Input accepts a string, an Int or a Float literal, all parsed
/// exactly from their text; variables may be strings or numbers (send strings for exactness).
/// </summary>
public sealed class DecimalType : ScalarType
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    internal DecimalType()
        : base("Decimal", "An exact decimal number, serialized as a string such as `\"123.45\"` to keep every digit; accepted as a string or a number.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        string text => Parse(text).ToString(CultureInfo.InvariantCulture),
        double or float => NumberConversions.TryGetDouble(value, out var d)
            ? ((decimal)d).ToString(CultureInfo.InvariantCulture)
            : throw new GraphQLException($"Decimal cannot represent value: {Inspect.Value(value)}"),
        _ when NumberConversions.TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"Decimal cannot represent value: {Inspect.Value(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) => value switch
    {
        decimal => value,
        string text => Parse(text),
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f => (decimal)f,
        _ when NumberConversions.TryGetInteger(value, out var integer) => (decimal)integer,
        _ => throw new GraphQLException($"Decimal cannot represent value: {Inspect.Value(value)}"),
    };

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode text => Parse(text.Value),
        IntValueNode integer => Parse(integer.Value),
        FloatValueNode number => Parse(number.Value),
        _ => throw new GraphQLException($"Decimal cannot represent value: {AstPrinter.Print(literal)}"),
    };

    /// <inheritdoc />
    public override ValueNode ToLiteral(object value) =>
        new StringValueNode((string)Serialize(value), false, default);

    private static decimal Parse(string text)
    {
        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var result))
            throw new GraphQLException($"Decimal cannot represent value: {Inspect.Value(text)}");
        return result;
    }
}

using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The built-in <c>Float</c> scalar: a finite IEEE 754 double.</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        if (value is double d && double.IsFinite(d))
            return value;
        if (value is bool boolean)
            return boolean ? 1d : 0d;
        if (value is string text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
            return parsed;
        if (NumberConversions.TryGetDouble(value, out var number))
            return number;
        throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        if (value is double d && double.IsFinite(d))
            return value;
        if (NumberConversions.TryGetDouble(value, out var number))
            return number;
        throw new GraphQLException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            _ => null,
        };
        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) || !double.IsFinite(result))
            throw new GraphQLException($"Float cannot represent non numeric value: {AstPrinter.Print(literal)}");
        return result;
    }
}

using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>
/// The <c>Long</c> scalar: a signed 64-bit integer, serialized as a JSON number. Input accepts Int literals
/// and integral numbers, and also decimal strings for clients that cannot hold 64-bit integers exactly.
/// </summary>
public sealed class LongType : ScalarType
{
    internal LongType()
        : base("Long", "A signed 64-bit integer.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        if (value is long)
            return value;
        if (NumberConversions.TryGetInteger(value, out var integer))
            return integer;
        if (value is string text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            return parsed;
        throw new GraphQLException($"Long cannot represent value: {Inspect.Value(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        if (value is long)
            return value;
        if (NumberConversions.TryGetInteger(value, out var integer))
            return integer;
        if (value is string text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            return parsed;
        throw new GraphQLException($"Long cannot represent value: {Inspect.Value(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            StringValueNode str => str.Value,
            _ => null,
        };
        if (text is null || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            throw new GraphQLException($"Long cannot represent value: {AstPrinter.Print(literal)}");
        return result;
    }

    /// <inheritdoc />
    public override ValueNode ToLiteral(object value) =>
        new IntValueNode(((long)Serialize(value)).ToString(CultureInfo.InvariantCulture), default);
}

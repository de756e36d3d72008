using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The built-in <c>ID</c> scalar: serialized as a string, accepted as a string or an integer.</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        if (value is string)
            return value;
        if (value is Guid guid)
            return guid.ToString();
        if (NumberConversions.TryGetInteger(value, out var integer))
            return integer.ToString(CultureInfo.InvariantCulture);
        throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value)
    {
        if (value is string)
            return value;
        if (NumberConversions.TryGetInteger(value, out var integer))
            return integer.ToString(CultureInfo.InvariantCulture);
        throw new GraphQLException($"ID cannot represent value: {Inspect.Value(value)}");
    }

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode text => text.Value,
        IntValueNode integer => integer.Value,
        _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {AstPrinter.Print(literal)}"),
    };

    /// <inheritdoc />
    public override ValueNode ToLiteral(object value)
    {
        var text = (string)Serialize(value);
        var digits = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        var isInteger = digits.Length > 0 && digits.IndexOfAnyExceptInRange('0', '9') < 0 && (digits.Length == 1 || digits[0] != '0');
        return isInteger ? new IntValueNode(text, default) : new StringValueNode(text, false, default);
    }
}

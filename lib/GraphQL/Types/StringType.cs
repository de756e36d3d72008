using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The built-in <c>String</c> scalar.</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value) => value switch
    {
        string => value,
        bool boolean => boolean ? "true" : "false",
        char c => c.ToString(),
        double d when !double.IsFinite(d) => throw new GraphQLException($"String cannot represent value: {Inspect.Value(value)}"),
        float f when !float.IsFinite(f) => throw new GraphQLException($"String cannot represent value: {Inspect.Value(value)}"),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ when NumberConversions.IsNumber(value) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Guid guid => guid.ToString(),
        Enum member => member.ToString(),
        _ => throw new GraphQLException($"String cannot represent value: {Inspect.Value(value)}"),
    };

    /// <inheritdoc />
    public override object ParseValue(object value) =>
        value as string ?? throw new GraphQLException($"String cannot represent a non string value: {Inspect.Value(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) =>
        (literal as StringValueNode)?.Value ?? throw new GraphQLException($"String cannot represent a non string value: {AstPrinter.Print(literal)}");
}

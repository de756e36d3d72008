using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> scalar.</summary>
public sealed class BooleanType : ScalarType
{
    internal static readonly object True = true;
    internal static readonly object False = false;

    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc />
    public override object Serialize(object value)
    {
        if (value is bool)
            return value;
        if (NumberConversions.TryGetDouble(value, out var number))
            return number != 0 ? True : False;
        throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
    }

    /// <inheritdoc />
    public override object ParseValue(object value) =>
        value is bool ? value : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

    /// <inheritdoc />
    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode boolean
            ? boolean.Value ? True : False
            : throw new GraphQLException($"Boolean cannot represent a non boolean value: {AstPrinter.Print(literal)}");
}

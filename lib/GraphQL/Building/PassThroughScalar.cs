using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>A custom scalar declared in SDL without an implementation: values pass through as JSON values.</summary>
internal sealed class PassThroughScalar(string name, string? description, string? specifiedByUrl) : ScalarType(name, description, specifiedByUrl)
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) =>
        SdlSchema.ToUntypedValue(literal) ?? throw new GraphQLException($"{Name} cannot represent null.");
}

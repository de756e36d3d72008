namespace GraphQL.Language.Ast;

/// <summary>An <c>enum</c> definition.</summary>
public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    /// <summary>The values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;
}

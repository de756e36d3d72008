namespace GraphQL.Language.Ast;

/// <summary>A <c>union</c> definition.</summary>
public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;
}

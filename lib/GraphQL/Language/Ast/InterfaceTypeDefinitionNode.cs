namespace GraphQL.Language.Ast;

/// <summary>An <c>interface</c> definition.</summary>
public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>The fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;
}

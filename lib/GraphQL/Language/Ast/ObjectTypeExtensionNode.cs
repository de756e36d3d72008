namespace GraphQL.Language.Ast;

/// <summary>An <c>extend type</c> definition.</summary>
public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location) : TypeExtensionNode(name, directives, location)
{
    /// <summary>Interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>Fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;
}

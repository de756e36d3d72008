namespace GraphQL.Language.Ast;

/// <summary>An <c>extend union</c> definition.</summary>
public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location) : TypeExtensionNode(name, directives, location)
{
    /// <summary>Member types added.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;
}

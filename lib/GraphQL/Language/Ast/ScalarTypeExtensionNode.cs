namespace GraphQL.Language.Ast;

/// <summary>An <c>extend scalar</c> definition.</summary>
public sealed class ScalarTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : TypeExtensionNode(name, directives, location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

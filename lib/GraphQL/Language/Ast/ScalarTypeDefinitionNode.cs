namespace GraphQL.Language.Ast;

/// <summary>A <c>scalar</c> definition.</summary>
public sealed class ScalarTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

namespace GraphQL.Language.Ast;

/// <summary>An <c>extend input</c> definition.</summary>
public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location) : TypeExtensionNode(name, directives, location)
{
    /// <summary>Fields added.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;
}

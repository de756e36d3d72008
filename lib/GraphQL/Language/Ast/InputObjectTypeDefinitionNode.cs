namespace GraphQL.Language.Ast;

/// <summary>An <c>input</c> definition.</summary>
public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location) : TypeDefinitionNode(description, name, directives, location)
{
    /// <summary>The input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;
}

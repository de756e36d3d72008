namespace GraphQL.Language.Ast;

/// <summary>An <c>extend enum</c> definition.</summary>
public sealed class EnumTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location) : TypeExtensionNode(name, directives, location)
{
    /// <summary>Values added.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;
}

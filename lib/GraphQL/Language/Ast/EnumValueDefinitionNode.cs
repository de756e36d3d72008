namespace GraphQL.Language.Ast;

/// <summary>A value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : AstNode(location)
{
    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The value's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>Directives applied to the value.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;
}

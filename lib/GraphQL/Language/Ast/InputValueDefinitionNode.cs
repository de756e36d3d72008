namespace GraphQL.Language.Ast;

/// <summary>An argument or input field definition.</summary>
public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : AstNode(location)
{
    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The input type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The default value, or null.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>Directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;
}

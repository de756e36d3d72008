namespace GraphQL.Language.Ast;

/// <summary>A field of an object or interface type definition.</summary>
public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : AstNode(location)
{
    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    /// <summary>The field's type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>Directives applied to the field.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;
}

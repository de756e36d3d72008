namespace GraphQL.Language.Ast;

/// <summary>A variable declared by an operation: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode(
    StringValueNode? description,
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : AstNode(location)
{
    /// <summary>The variable's description (September 2025 edition), or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The variable.</summary>
    public VariableNode Variable { get; } = variable;

    /// <summary>The declared type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The default value literal, or null.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <summary>Directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;
}

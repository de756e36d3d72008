namespace GraphQL.Language.Ast;

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode(
    NameNode name,
    Location location) : ValueNode(location)
{
    /// <summary>The variable name, without <c>$</c>.</summary>
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;
}

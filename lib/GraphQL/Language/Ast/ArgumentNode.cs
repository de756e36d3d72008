namespace GraphQL.Language.Ast;

/// <summary>An argument of a field or directive: <c>name: value</c>.</summary>
public sealed class ArgumentNode(
    NameNode name,
    ValueNode value,
    Location location) : AstNode(location)
{
    /// <summary>The argument name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The argument value.</summary>
    public ValueNode Value { get; } = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;
}

namespace GraphQL.Language.Ast;

/// <summary>A field of an input object literal.</summary>
public sealed class ObjectFieldNode(
    NameNode name,
    ValueNode value,
    Location location) : AstNode(location)
{
    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The field value.</summary>
    public ValueNode Value { get; } = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;
}

namespace GraphQL.Language.Ast;

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode(
    IReadOnlyList<ValueNode> values,
    Location location) : ValueNode(location)
{
    /// <summary>The items in source order.</summary>
    public IReadOnlyList<ValueNode> Values { get; } = values;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;
}

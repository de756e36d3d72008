namespace GraphQL.Language.Ast;

/// <summary>An input object literal: <c>{ name: value }</c>.</summary>
public sealed class ObjectValueNode(
    IReadOnlyList<ObjectFieldNode> fields,
    Location location) : ValueNode(location)
{
    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;
}

namespace GraphQL.Language.Ast;

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode(
    Location location) : ValueNode(location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

namespace GraphQL.Language.Ast;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode(
    bool value,
    Location location) : ValueNode(location)
{
    /// <summary>The literal's value.</summary>
    public bool Value { get; } = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;
}

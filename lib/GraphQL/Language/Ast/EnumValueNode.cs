namespace GraphQL.Language.Ast;

/// <summary>An enum value literal: a name other than <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class EnumValueNode(
    string value,
    Location location) : ValueNode(location)
{
    /// <summary>The enum value's name.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;
}

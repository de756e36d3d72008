namespace GraphQL.Language.Ast;

/// <summary>An integer literal, kept as source text so no precision is lost.</summary>
public sealed class IntValueNode(
    string value,
    Location location) : ValueNode(location)
{
    /// <summary>The literal as written.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;
}

namespace GraphQL.Language.Ast;

/// <summary>A string literal (quoted or block), with escapes and block indentation already processed.</summary>
public sealed class StringValueNode(
    string value,
    bool block,
    Location location) : ValueNode(location)
{
    /// <summary>The string's value.</summary>
    public string Value { get; } = value;

    /// <summary>Whether it was written as a block string.</summary>
    public bool Block { get; } = block;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;
}

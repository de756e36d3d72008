namespace GraphQL.Language.Ast;

/// <summary>A non-null type reference: <c>Type!</c>.</summary>
public sealed class NonNullTypeNode(
    TypeNode type,
    Location location) : TypeNode(location)
{
    /// <summary>The nullable type it wraps (named or list).</summary>
    public TypeNode Type { get; } = type;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;
}

namespace GraphQL.Language.Ast;

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode(
    TypeNode type,
    Location location) : TypeNode(location)
{
    /// <summary>The item type.</summary>
    public TypeNode Type { get; } = type;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;
}

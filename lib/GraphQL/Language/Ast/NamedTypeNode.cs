namespace GraphQL.Language.Ast;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode(
    NameNode name,
    Location location) : TypeNode(location)
{
    /// <summary>The type's name.</summary>
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;
}

namespace GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode(Location location) : AstNode(location)
{
    /// <summary>The innermost named type of this reference.</summary>
    public NamedTypeNode NamedType => this switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => list.Type.NamedType,
        NonNullTypeNode nonNull => nonNull.Type.NamedType,
        _ => throw new InvalidOperationException("Unknown type node kind."),
    };
}

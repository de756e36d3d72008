using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Building;

/// <summary>
/// A reference to a type while a schema is being built, resolved by name when it is built (so types may
/// refer to each other in any order). Write it as SDL text (<c>"[String!]!"</c>, converted implicitly),
/// use the value a builder method returned, or wrap one with <see cref="TypeRefs.NonNull"/> / <see cref="TypeRefs.ListOf"/>.
/// </summary>
public abstract class TypeRef
{
    private protected TypeRef()
    {
    }

    /// <summary>Parses a type reference written in SDL, e.g. <c>[Order!]</c>.</summary>
    /// <exception cref="ArgumentException">The text is not a type reference.</exception>
    public static implicit operator TypeRef(string sdl) => Parse(sdl);

    /// <summary>Parses a type reference written in SDL, e.g. <c>[Order!]</c>.</summary>
    /// <exception cref="ArgumentException">The text is not a type reference.</exception>
    public static TypeRef Parse(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        try
        {
            return FromAst(Parser.ParseType(sdl));
        }
        catch (GraphQLSyntaxError ex)
        {
            throw new ArgumentException($"\"{sdl}\" is not a GraphQL type reference: {ex.Description}", nameof(sdl), ex);
        }
    }

    /// <summary>This type made non-null.</summary>
    public TypeRef NonNull() => this is NonNullTypeRef ? this : new NonNullTypeRef(this);

    /// <summary>A list of this type.</summary>
    public TypeRef List() => new ListTypeRef(this);

    /// <summary>The reference in SDL.</summary>
    public abstract override string ToString();

    private static TypeRef FromAst(TypeNode node) => node switch
    {
        NamedTypeNode named => new NamedTypeRef(named.Name.Value),
        ListTypeNode list => new ListTypeRef(FromAst(list.Type)),
        NonNullTypeNode nonNull => new NonNullTypeRef(FromAst(nonNull.Type)),
        _ => throw new ArgumentException("Unknown type node.", nameof(node)),
    };
}

namespace GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The type's kind.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the core of any wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The type without an outer non-null wrapper.</summary>
    public GraphQLType NullableType => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether values of this type cannot be null.</summary>
    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>Whether the type may be used for arguments, variables and input fields.</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether the type may be used for fields.</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>Whether this is a scalar or enum (not wrapped).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether this is an object, interface or union (not wrapped).</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether this is an interface or union (not wrapped).</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether this is a list or non-null wrapper.</summary>
    public bool IsWrappingType => Kind is TypeKind.List or TypeKind.NonNull;

    /// <summary>The type as written in GraphQL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

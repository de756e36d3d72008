namespace GraphQL.Types;

/// <summary>The kinds of GraphQL types, as reported by introspection's <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    /// <summary>A leaf value such as Int or a custom scalar.</summary>
    Scalar,

    /// <summary>An object type with fields.</summary>
    Object,

    /// <summary>An abstract type defining fields that implementations share.</summary>
    Interface,

    /// <summary>An abstract type that is one of several object types.</summary>
    Union,

    /// <summary>A leaf value from a fixed set of names.</summary>
    Enum,

    /// <summary>A structured input value.</summary>
    InputObject,

    /// <summary>A list of another type.</summary>
    List,

    /// <summary>A non-null variant of another type.</summary>
    NonNull,
}

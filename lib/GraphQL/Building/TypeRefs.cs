namespace GraphQL.Building;

/// <summary>
/// Helpers meant for <c>using static GraphQL.Building.TypeRefs;</c>: <c>NonNull(order)</c>, <c>ListOf(order)</c>,
/// <c>Named("Order")</c>. Built-in scalars are simplest written as text (<c>"String!"</c>), since C#'s own
/// <c>String</c>, <c>Boolean</c>, <c>Decimal</c> and <c>DateTime</c> would clash with same-named helpers.
/// </summary>
public static class TypeRefs
{
    /// <summary>The non-null variant of <paramref name="type"/>.</summary>
    public static TypeRef NonNull(TypeRef type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.NonNull();
    }

    /// <summary>A list of <paramref name="type"/>.</summary>
    public static TypeRef ListOf(TypeRef type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.List();
    }

    /// <summary>A reference by name, for types defined later.</summary>
    public static TypeRef Named(string name) => new NamedTypeRef(name);
}

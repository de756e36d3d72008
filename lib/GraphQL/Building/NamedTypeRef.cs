namespace GraphQL.Building;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeRef : TypeRef
{
    internal NamedTypeRef(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The referenced type's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

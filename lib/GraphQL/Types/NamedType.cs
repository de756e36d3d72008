namespace GraphQL.Types;

/// <summary>A type with a name of its own: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type's name, unique in a schema.</summary>
    public string Name { get; }

    /// <summary>The type's description (Markdown), or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>Whether this is one of the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    /// <inheritdoc />
    public override NamedType GetNamedType() => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}

namespace GraphQL.Building;

/// <summary>Configures a union: its member object types and how runtime types are found.</summary>
public sealed class UnionTypeBuilder
{
    private readonly List<TypeRef> _members = [];

    internal UnionTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<TypeRef> Members => _members;

    internal Func<object, string?>? TypeResolver { get; private set; }

    /// <summary>Sets the description.</summary>
    public UnionTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types.</summary>
    public UnionTypeBuilder Types(params TypeRef[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        _members.AddRange(members);
        return this;
    }

    /// <summary>Returns the object type name of a value; without it, the members' IsTypeOf decide.</summary>
    public UnionTypeBuilder ResolveType(Func<object, string?> resolveType)
    {
        ArgumentNullException.ThrowIfNull(resolveType);
        TypeResolver = resolveType;
        return this;
    }
}

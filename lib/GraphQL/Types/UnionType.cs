namespace GraphQL.Types;

/// <summary>A union: a value that is one of several object types.</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name, string? description, Func<object, string?>? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <summary>The member object types.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    /// <summary>Returns the name of the object type of a resolved value; when null, members' <see cref="ObjectType.IsTypeOf"/> decide.</summary>
    public Func<object, string?>? ResolveType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    internal void SetTypes(IReadOnlyList<ObjectType> types) => Types = [.. types];
}

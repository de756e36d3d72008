namespace GraphQL.Types;

/// <summary>A list of values of another type. Two list types of equal item types are equal.</summary>
public sealed class ListType : GraphQLType, IEquatable<ListType>
{
    /// <summary>Creates a list of <paramref name="ofType"/>.</summary>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public bool Equals(ListType? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ListType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

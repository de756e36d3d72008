namespace GraphQL.Types;

/// <summary>A non-null variant of a nullable type. Two non-null types of equal inner types are equal.</summary>
public sealed class NonNullType : GraphQLType, IEquatable<NonNullType>
{
    /// <summary>Creates the non-null variant of <paramref name="ofType"/>, which must itself be nullable.</summary>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
            throw new ArgumentException($"Cannot wrap the non-null type {ofType} in another non-null type.", nameof(ofType));
        OfType = ofType;
    }

    /// <summary>The nullable type it wraps.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public bool Equals(NonNullType? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NonNullType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}

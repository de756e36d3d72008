namespace GraphQL.Building;

/// <summary>A reference to a non-null type.</summary>
public sealed class NonNullTypeRef : TypeRef
{
    internal NonNullTypeRef(TypeRef ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullTypeRef)
            throw new ArgumentException($"Type {ofType} is already non-null.", nameof(ofType));
        OfType = ofType;
    }

    /// <summary>The nullable type it wraps.</summary>
    public TypeRef OfType { get; }

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}

namespace GraphQL.Building;

/// <summary>A reference to a list type.</summary>
public sealed class ListTypeRef : TypeRef
{
    internal ListTypeRef(TypeRef ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public TypeRef OfType { get; }

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

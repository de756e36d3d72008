namespace GraphQL.Types;

/// <summary>An interface: fields that every implementing object (or interface) type has.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description, Func<object, string?>? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <summary>Returns the name of the object type of a resolved value; when null, implementations' <see cref="ObjectType.IsTypeOf"/> decide.</summary>
    public Func<object, string?>? ResolveType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;
}

namespace GraphQL.Types;

/// <summary>An object type: a set of named fields, each resolved by a resolver.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description, Func<object, bool>? isTypeOf)
        : base(name, description)
    {
        IsTypeOf = isTypeOf;
    }

    /// <summary>Decides whether a resolved value belongs to this type, used to resolve interfaces and unions; may be null.</summary>
    public Func<object, bool>? IsTypeOf { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}

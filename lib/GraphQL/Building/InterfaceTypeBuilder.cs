using GraphQL.Execution;

namespace GraphQL.Building;

/// <summary>Configures an interface: its fields, the interfaces it extends and how runtime types are found.</summary>
public sealed class InterfaceTypeBuilder
{
    private readonly List<FieldBuilder> _fields = [];
    private readonly List<TypeRef> _interfaces = [];

    internal InterfaceTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<FieldBuilder> Fields => _fields;

    internal IReadOnlyList<TypeRef> InterfaceRefs => _interfaces;

    internal Func<object, string?>? TypeResolver { get; private set; }

    /// <summary>Sets the description.</summary>
    public InterfaceTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Declares interfaces this interface implements.</summary>
    public InterfaceTypeBuilder Implements(params TypeRef[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(interfaces);
        _interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>Returns the object type name of a value; without it, the implementations' IsTypeOf decide.</summary>
    public InterfaceTypeBuilder ResolveType(Func<object, string?> resolveType)
    {
        ArgumentNullException.ThrowIfNull(resolveType);
        TypeResolver = resolveType;
        return this;
    }

    /// <summary>Adds a field; a resolver given here is inherited by implementations that do not declare the field.</summary>
    public FieldBuilder Field(string name, TypeRef type)
    {
        var field = new FieldBuilder(Name, name, type);
        _fields.Add(field);
        return field;
    }

    /// <summary>Adds a field with a default synchronous resolver for implementations.</summary>
    public FieldBuilder Field(string name, TypeRef type, Func<ResolveContext, object?> resolve) => Field(name, type).Resolve(resolve);
}

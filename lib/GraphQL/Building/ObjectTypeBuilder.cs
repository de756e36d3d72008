using GraphQL.Execution;

namespace GraphQL.Building;

/// <summary>Configures an object type: its fields, the interfaces it implements and how its values are recognised.</summary>
public class ObjectTypeBuilder
{
    private readonly List<FieldBuilder> _fields = [];
    private readonly List<TypeRef> _interfaces = [];

    internal ObjectTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<FieldBuilder> Fields => _fields;

    internal IReadOnlyList<TypeRef> InterfaceRefs => _interfaces;

    internal Func<object, bool>? IsTypeOfCheck { get; private protected set; }

    /// <summary>Sets the description.</summary>
    public ObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>
    /// Declares implemented interfaces. Interfaces they implement are added too, and interface fields this
    /// type does not declare are copied (with the interface field's resolver, if any).
    /// </summary>
    public ObjectTypeBuilder Implements(params TypeRef[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(interfaces);
        _interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>Recognises values of this type when resolving interfaces and unions.</summary>
    public ObjectTypeBuilder IsTypeOf(Func<object, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(isTypeOf);
        IsTypeOfCheck = isTypeOf;
        return this;
    }

    /// <summary>Adds a field; chain <see cref="FieldBuilder.Resolve"/>, arguments and so on.</summary>
    public FieldBuilder Field(string name, TypeRef type)
    {
        var field = new FieldBuilder(Name, name, type);
        _fields.Add(field);
        return field;
    }

    /// <summary>Adds a field with a synchronous resolver.</summary>
    public FieldBuilder Field(string name, TypeRef type, Func<ResolveContext, object?> resolve) => Field(name, type).Resolve(resolve);
}

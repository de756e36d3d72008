namespace GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private static readonly IReadOnlyList<InterfaceType> NoInterfaces = [];
    private FieldDefinition[] _fields = [];
    private Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>The interfaces this type implements, directly or transitively (all must be listed).</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = NoInterfaces;

    /// <summary>The field with the given name, or null. Meta-fields such as <c>__typename</c> are not included.</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Whether this type lists <paramref name="interfaceType"/> among its interfaces.</summary>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, interfaceType))
                return true;
        }

        return false;
    }

    internal void SetFields(IReadOnlyList<FieldDefinition> fields)
    {
        _fields = [.. fields];
        _fieldsByName = new Dictionary<string, FieldDefinition>(_fields.Length, StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            field.DeclaringType = this;
            _fieldsByName.TryAdd(field.Name, field);
        }
    }

    internal void SetInterfaces(IReadOnlyList<InterfaceType> interfaces) => Interfaces = [.. interfaces];
}

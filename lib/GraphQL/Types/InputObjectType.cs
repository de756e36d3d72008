using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>An input object: a structured value given as an argument or variable.</summary>
public sealed class InputObjectType : NamedType
{
    private InputValueDefinition[] _fields = [];
    private Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    internal InputObjectType(string name, string? description, bool isOneOf, Func<InputValues, object>? factory)
        : base(name, description)
    {
        IsOneOf = isOneOf;
        Factory = factory;
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    /// <summary>Whether exactly one field must be given, and it must not be null (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; }

    /// <summary>Turns the coerced field values into a domain object; when null, resolvers receive the <see cref="InputValues"/>.</summary>
    public Func<InputValues, object>? Factory { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The field with the given name, or null.</summary>
    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    internal void SetFields(IReadOnlyList<InputValueDefinition> fields)
    {
        _fields = [.. fields];
        _byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var field in _fields)
            _byName.TryAdd(field.Name, field);
    }
}

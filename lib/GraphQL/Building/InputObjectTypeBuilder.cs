using GraphQL.Execution;

namespace GraphQL.Building;

/// <summary>Configures an input object: its fields, <c>@oneOf</c> and the domain object it is turned into.</summary>
public sealed class InputObjectTypeBuilder
{
    private readonly List<InputValueBuilder> _fields = [];

    internal InputObjectTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<InputValueBuilder> Fields => _fields;

    internal bool IsOneOf { get; private set; }

    internal Func<InputValues, object>? FactoryFunction { get; private set; }

    /// <summary>Sets the description.</summary>
    public InputObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a field; <paramref name="configure"/> sets its default, description or deprecation.</summary>
    public InputObjectTypeBuilder Field(string name, TypeRef type, Action<InputValueBuilder>? configure = null)
    {
        var field = new InputValueBuilder(name, type);
        configure?.Invoke(field);
        _fields.Add(field);
        return this;
    }

    /// <summary>Makes it a OneOf input object: exactly one field must be given, and not null.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    /// <summary>Turns the coerced field values into a domain object that resolvers receive instead of <see cref="InputValues"/>.</summary>
    public InputObjectTypeBuilder Factory(Func<InputValues, object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        FactoryFunction = factory;
        return this;
    }
}

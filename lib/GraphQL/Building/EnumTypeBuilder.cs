namespace GraphQL.Building;

/// <summary>Configures an enum: its values and their internal values.</summary>
public sealed class EnumTypeBuilder
{
    private readonly List<(string Name, object Value, string? Description, string? DeprecationReason)> _values = [];

    internal EnumTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<(string Name, object Value, string? Description, string? DeprecationReason)> Values => _values;

    /// <summary>Sets the description.</summary>
    public EnumTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; resolvers return and receive <paramref name="value"/> (the name itself when null).</summary>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _values.Add((name, value ?? name, description, deprecationReason));
        return this;
    }

    internal void Remove(string name) => _values.RemoveAll(v => v.Name == name);
}

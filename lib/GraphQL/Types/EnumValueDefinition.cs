namespace GraphQL.Types;

/// <summary>A value of an enum type: its GraphQL name and the internal value resolvers see.</summary>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, string? description, object value, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Value = value;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name used in documents and responses.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The internal value (for example a C# enum member); the name itself when none was given.</summary>
    public object Value { get; }

    /// <summary>Why the value is deprecated, or null.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <inheritdoc />
    public override string ToString() => Name;
}

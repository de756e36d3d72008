namespace GraphQL.Building;

/// <summary>Configures an argument or input field: description, default value, deprecation.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeRef type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    internal string Name { get; }

    internal TypeRef Type { get; }

    internal string? DescriptionText { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? DefaultValue { get; private set; }

    internal string? DeprecationReason { get; private set; }

    /// <summary>Sets the description.</summary>
    public InputValueBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>
    /// Sets the default value, in internal form: numbers, strings, booleans, enum internal values,
    /// lists, dictionaries for input objects, or null. It is checked against the type when the schema is built.
    /// </summary>
    public InputValueBuilder Default(object? value)
    {
        HasDefault = true;
        DefaultValue = value;
        return this;
    }

    /// <summary>Marks the value deprecated (only optional arguments and input fields may be).</summary>
    public InputValueBuilder Deprecated(string reason = Types.BuiltInDirectives.DefaultDeprecationReason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        DeprecationReason = reason;
        return this;
    }
}

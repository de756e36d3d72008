using GraphQL.Types;

namespace GraphQL.Building;

/// <summary>Configures a custom directive definition.</summary>
public sealed class DirectiveBuilder
{
    private readonly List<InputValueBuilder> _arguments = [];
    private readonly List<DirectiveLocation> _locations = [];

    internal DirectiveBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal IReadOnlyList<InputValueBuilder> Arguments => _arguments;

    internal IReadOnlyList<DirectiveLocation> LocationList => _locations;

    internal bool IsRepeatable { get; private set; }

    /// <summary>Sets the description.</summary>
    public DirectiveBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an argument.</summary>
    public DirectiveBuilder Argument(string name, TypeRef type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Adds locations where the directive may appear.</summary>
    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        _locations.AddRange(locations);
        return this;
    }

    /// <summary>Allows the directive more than once per location.</summary>
    public DirectiveBuilder Repeatable()
    {
        IsRepeatable = true;
        return this;
    }
}

namespace GraphQL.Types;

/// <summary>A directive a schema supports: its arguments and where it may appear.</summary>
public sealed class DirectiveDefinition
{
    private readonly InputValueDefinition[] _arguments;
    private readonly DirectiveLocation[] _locations;

    internal DirectiveDefinition(
        string name,
        string? description,
        IReadOnlyList<InputValueDefinition> arguments,
        IReadOnlyList<DirectiveLocation> locations,
        bool isRepeatable)
    {
        Name = name;
        Description = description;
        _arguments = [.. arguments];
        _locations = [.. locations];
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>The locations where it may appear.</summary>
    public IReadOnlyList<DirectiveLocation> Locations => _locations;

    /// <summary>Whether it may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The argument with the given name, or null.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
                return argument;
        }

        return null;
    }

    /// <summary>Whether it may appear at <paramref name="location"/>.</summary>
    public bool IsAllowedAt(DirectiveLocation location) => Array.IndexOf(_locations, location) >= 0;

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}

namespace GraphQL.Language.Ast;

/// <summary>A <c>directive @name(...) on LOCATIONS</c> definition.</summary>
public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    Location location) : TypeSystemDefinitionNode(location)
{
    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The directive name, without <c>@</c>.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    /// <summary>Whether it may appear more than once at a location.</summary>
    public bool Repeatable { get; } = repeatable;

    /// <summary>The locations where it may appear.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;
}

namespace GraphQL.Language.Ast;

/// <summary>A field selection: <c>alias: name(arguments) @directives { ... }</c>.</summary>
public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location location) : SelectionNode(directives, location)
{
    /// <summary>The alias, or null.</summary>
    public NameNode? Alias { get; } = alias;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    /// <summary>The sub-selection, or null for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The key of this field in the response: the alias if present, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}

namespace GraphQL.Language.Ast;

/// <summary>A spread of a named fragment: <c>...Name</c>.</summary>
public sealed class FragmentSpreadNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : SelectionNode(directives, location)
{
    /// <summary>The fragment's name.</summary>
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;
}

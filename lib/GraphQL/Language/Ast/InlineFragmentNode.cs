namespace GraphQL.Language.Ast;

/// <summary>An inline fragment: <c>... on Type { ... }</c>.</summary>
public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : SelectionNode(directives, location)
{
    /// <summary>The type condition, or null.</summary>
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    /// <summary>The fragment's selections.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;
}

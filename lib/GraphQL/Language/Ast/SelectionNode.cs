namespace GraphQL.Language.Ast;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract class SelectionNode(IReadOnlyList<DirectiveNode> directives, Location location) : AstNode(location)
{
    /// <summary>Directives applied to the selection.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

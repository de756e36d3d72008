namespace GraphQL.Language.Ast;

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSetNode(
    IReadOnlyList<SelectionNode> selections,
    Location location) : AstNode(location)
{
    /// <summary>The selections in source order.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;
}

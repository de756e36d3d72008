namespace GraphQL.Language.Ast;

/// <summary>An operation or fragment definition: a named (or anonymous) selection set.</summary>
public abstract class ExecutableDefinitionNode(
    StringValueNode? description,
    NameNode? name,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : DefinitionNode(location)
{
    /// <summary>The description preceding the definition (September 2025 edition), or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The definition's name; null only for anonymous operations.</summary>
    public NameNode? Name { get; } = name;

    /// <summary>Directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The selections the definition makes.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

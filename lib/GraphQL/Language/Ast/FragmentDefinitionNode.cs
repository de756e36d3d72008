namespace GraphQL.Language.Ast;

/// <summary>A named fragment: <c>fragment Name on Type { ... }</c>.</summary>
public sealed class FragmentDefinitionNode(
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    /// <summary>The type the fragment applies to.</summary>
    public NamedTypeNode TypeCondition { get; } = typeCondition;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment's name (never null for fragments).</summary>
    public new NameNode Name => base.Name!;
}

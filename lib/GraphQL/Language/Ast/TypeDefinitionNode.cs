namespace GraphQL.Language.Ast;

/// <summary>A named type definition in SDL.</summary>
public abstract class TypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location) : TypeSystemDefinitionNode(location)
{
    /// <summary>The type's description, or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The type's name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>Directives applied to the type.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

namespace GraphQL.Language.Ast;

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location location)
    : TypeSystemExtensionNode(location)
{
    /// <summary>The name of the extended type.</summary>
    public NameNode Name { get; } = name;

    /// <summary>Directives added by the extension.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

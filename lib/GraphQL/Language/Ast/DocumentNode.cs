namespace GraphQL.Language.Ast;

/// <summary>A parsed GraphQL document: executable definitions, type system definitions or both.</summary>
public sealed class DocumentNode(
    IReadOnlyList<DefinitionNode> definitions,
    string source,
    Location location) : AstNode(location)
{
    /// <summary>The top-level definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    /// <summary>The source text the document was parsed from.</summary>
    public string Source { get; } = source;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;
}

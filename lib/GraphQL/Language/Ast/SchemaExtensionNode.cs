namespace GraphQL.Language.Ast;

/// <summary>An <c>extend schema</c> definition.</summary>
public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location) : TypeSystemExtensionNode(location)
{
    /// <summary>Directives added.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Root operation types added.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;
}

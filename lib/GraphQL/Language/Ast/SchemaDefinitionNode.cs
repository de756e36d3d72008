namespace GraphQL.Language.Ast;

/// <summary>A <c>schema { query: Query ... }</c> definition.</summary>
public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location) : TypeSystemDefinitionNode(location)
{
    /// <summary>The schema's description, or null.</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>Directives applied to the schema.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;
}

namespace GraphQL.Language.Ast;

/// <summary>A query, mutation or subscription.</summary>
public sealed class OperationDefinitionNode(
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location) : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    /// <summary>The kind of operation.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The variables the operation declares.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;
}

namespace GraphQL.Language.Ast;

/// <summary>A root operation type entry: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode(
    OperationType operation,
    NamedTypeNode type,
    Location location) : AstNode(location)
{
    /// <summary>The operation kind.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The root type.</summary>
    public NamedTypeNode Type { get; } = type;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
}

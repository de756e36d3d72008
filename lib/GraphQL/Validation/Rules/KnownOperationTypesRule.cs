using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Operation Type Existence: the schema supports the operation's kind (it has that root type).</summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (Context.Schema.GetRootType(node.Operation) is null)
            Report($"The {node.Operation.ToString().ToLowerInvariant()} operation is not supported by the schema.", node);
    }
}

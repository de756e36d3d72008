using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    /// <inheritdoc />
    public override void EnterDocument(DocumentNode node) =>
        _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);

    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
            Report("This anonymous operation must be the only defined operation.", node);
    }
}

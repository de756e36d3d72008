using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness: named operations have distinct names.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null)
            return;
        if (_known.TryGetValue(node.Name.Value, out var existing))
            Report($"There can be only one operation named \"{node.Name.Value}\".", existing, node.Name);
        else
            _known[node.Name.Value] = node.Name;
    }
}

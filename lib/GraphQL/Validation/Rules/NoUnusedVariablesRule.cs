using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>All Variables Used: every declared variable is used by the operation or the fragments it spreads.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var used = Context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name))
                continue;
            Report(node.Name is null
                ? $"Variable \"${name}\" is never used."
                : $"Variable \"${name}\" is never used in operation \"{node.Name.Value}\".", definition);
        }
    }
}

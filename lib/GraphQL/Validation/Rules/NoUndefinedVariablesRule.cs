using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>All Variable Uses Defined: every variable used (also inside spread fragments) is declared by the operation.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveOperationDefinition(OperationDefinitionNode node)
    {
        var defined = node.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (defined.Contains(name))
                continue;
            Report(node.Name is null
                ? $"Variable \"${name}\" is not defined."
                : $"Variable \"${name}\" is not defined by operation \"{node.Name.Value}\".", usage.Node, node);
        }
    }
}

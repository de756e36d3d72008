using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness: an operation declares each variable once.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
                Report($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name)]);
        }
    }
}

using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types: variables are scalars, enums, input objects or wrappers of them.</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        if (Context.Schema.GetType(node.Type) is { IsInputType: false })
            Report($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{AstPrinter.Print(node.Type)}\".", node.Type);
    }
}

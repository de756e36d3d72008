using GraphQL.Language;
using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && Context.Schema.GetType(condition.Name.Value) is { IsCompositeType: false })
            Report($"Fragment cannot condition on non composite type \"{AstPrinter.Print(condition)}\".", condition);
    }

    /// <inheritdoc />
    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (Context.Schema.GetType(node.TypeCondition.Name.Value) is { IsCompositeType: false })
            Report($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{AstPrinter.Print(node.TypeCondition)}\".", node.TypeCondition);
    }
}

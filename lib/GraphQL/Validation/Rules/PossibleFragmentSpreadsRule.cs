using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>Fragment Spread Is Possible: a fragment's type can overlap the type it is spread into.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.Type is NamedType { IsCompositeType: true } fragmentType
            && Context.ParentType is { IsCompositeType: true } parentType
            && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    /// <inheritdoc />
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var fragment = Context.GetFragment(node.Name.Value);
        if (fragment is null || Context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { IsCompositeType: true } fragmentType)
            return;
        if (Context.ParentType is { } parentType && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
        {
            Report($"Fragment \"{node.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }
}

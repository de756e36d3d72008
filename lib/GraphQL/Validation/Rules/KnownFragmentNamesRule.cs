using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined: every spread names a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
            Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
    }
}

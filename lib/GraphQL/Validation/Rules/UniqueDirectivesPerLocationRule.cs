using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);

    /// <inheritdoc />
    public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

    /// <inheritdoc />
    public override void EnterField(FieldNode node) => Check(node.Directives);

    /// <inheritdoc />
    public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

    /// <inheritdoc />
    public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

    /// <inheritdoc />
    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

    private void Check(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2)
            return;
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (Context.Schema.GetDirective(name) is not { IsRepeatable: false })
                continue;
            if (seen.TryGetValue(name, out var first))
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            else
                seen[name] = directive;
        }
    }
}

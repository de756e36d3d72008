using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>Directives Are Defined and Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDirective(DirectiveNode node)
    {
        var directive = Context.Directive;
        if (directive is null)
        {
            Report($"Unknown directive \"@{node.Name.Value}\".", node);
            return;
        }

        var location = Context.DirectiveOwner switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            _ => (DirectiveLocation?)null,
        };

        if (location is { } candidate && !directive.IsAllowedAt(candidate))
            Report($"Directive \"@{node.Name.Value}\" may not be used on {candidate.ToSpecName()}.", node);
    }
}

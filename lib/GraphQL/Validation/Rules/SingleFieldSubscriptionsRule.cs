using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Subscription Operation Definitions, Single Root Field: a subscription selects exactly one root field,
/// not an introspection field, and its root selections do not use <c>@skip</c> or <c>@include</c>.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
            return;
        var subject = node.Name is null ? "Anonymous Subscription" : $"Subscription \"{node.Name.Value}\"";
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var conditional = new List<AstNode>();
        Collect(subscriptionType, node.SelectionSet, groups, order, conditional, new HashSet<string>(StringComparer.Ordinal));

        if (conditional.Count > 0)
            Report($"{subject} must not use `@skip` or `@include` directives in the top level selection.", [.. conditional]);
        if (order.Count > 1)
            Report($"{subject} must select only one top level field.", [.. order.Skip(1).SelectMany(name => groups[name])]);
        foreach (var name in order)
        {
            var fields = groups[name];
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                Report($"{subject} must not select an introspection top level field.", [.. fields]);
        }
    }

    private void Collect(
        ObjectType type,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> groups,
        List<string> order,
        List<AstNode> conditional,
        HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Any(d => d.Name.Value is "skip" or "include"))
            {
                conditional.Add(selection);
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!groups.TryGetValue(field.ResponseName, out var list))
                    {
                        groups[field.ResponseName] = list = [];
                        order.Add(field.ResponseName);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(type, inline.TypeCondition):
                    Collect(type, inline.SelectionSet, groups, order, conditional, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    var fragment = Context.GetFragment(spread.Name.Value);
                    if (fragment is not null && Applies(type, fragment.TypeCondition))
                        Collect(type, fragment.SelectionSet, groups, order, conditional, visited);
                    break;
            }
        }
    }

    private bool Applies(ObjectType type, NamedTypeNode? condition)
    {
        if (condition is null)
            return true;
        var conditionType = Context.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type)
            || (conditionType is { IsAbstractType: true } && Context.Schema.IsPossibleType(conditionType, type));
    }
}

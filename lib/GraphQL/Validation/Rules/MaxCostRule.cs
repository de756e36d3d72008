using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Operator limit: estimates an operation's cost as the sum of its fields' costs, each multiplied by
/// the sizes of the lists it is nested in, and rejects operations above <c>maxCost</c>. Sizes come
/// from a literal size argument (<c>first: 20</c>), the field's list size hint, or a default.
/// Fragments on different types are all counted, so the estimate is an upper bound. Introspection
/// (<c>__schema</c>, <c>__type</c>) costs one field: its size is bounded by the schema and by
/// <see cref="MaxIntrospectionDepthRule"/>.
/// </summary>
public sealed class MaxCostRule : ValidationRule
{
    private readonly double _maxCost;
    private readonly CostOptions _options;
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _fragmentCosts = new(StringComparer.Ordinal);

    /// <summary>Creates the rule with the highest allowed cost.</summary>
    public MaxCostRule(int maxCost, CostOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCost);
        _maxCost = maxCost;
        _options = options ?? CostOptions.Default;
    }

    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var root = Context.Schema.GetRootType(node.Operation);
        if (root is null)
            return;
        var cost = Cost(root, node.SelectionSet);
        if (cost <= _maxCost)
            return;
        var subject = node.Name is null ? "The operation" : $"Operation \"{node.Name.Value}\"";
        var shown = cost >= 1e15 ? "more than 10^15" : cost.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        Report($"{subject} has an estimated cost of {shown}, which exceeds the maximum of {_maxCost}.", node);
    }

    private double Cost(NamedType? parentType, SelectionSetNode selectionSet)
    {
        double total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is null ? null : Context.Schema.GetFieldDefinition(parentType, field.Name.Value);
                    var own = definition?.Cost ?? _options.DefaultFieldCost;
                    var isIntrospection = field.Name.Value is "__schema" or "__type";
                    var children = field.SelectionSet is null || isIntrospection ? 0 : Cost(definition?.Type.GetNamedType(), field.SelectionSet);
                    total += own + (Multiplier(field, definition) * children);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.GetType(inline.TypeCondition.Name.Value);
                    total += Cost(inlineType, inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    total += FragmentCost(spread.Name.Value);
                    break;
            }

            // Saturate instead of overflowing to infinity on absurd documents.
            total = Math.Min(total, 1e18);
        }

        return total;
    }

    private double FragmentCost(string name)
    {
        if (_fragmentCosts.TryGetValue(name, out var known))
            return known;
        var fragment = Context.GetFragment(name);
        if (fragment is null || !_visiting.Add(name))
            return 0;
        var cost = Cost(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
        _visiting.Remove(name);
        _fragmentCosts[name] = cost;
        return cost;
    }

    private double Multiplier(FieldNode field, FieldDefinition? definition)
    {
        if (definition is null || !IsList(definition.Type))
            return 1;
        foreach (var name in _options.ListSizeArguments)
        {
            var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
            if (argument?.Value is IntValueNode size && double.TryParse(size.Value, System.Globalization.CultureInfo.InvariantCulture, out var value))
                return Math.Max(value, 0);
        }

        return definition.ListSize ?? _options.DefaultListSize;
    }

    private static bool IsList(GraphQLType type) => type.NullableType is ListType;
}

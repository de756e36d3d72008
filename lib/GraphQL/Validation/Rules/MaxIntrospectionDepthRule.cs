using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Rejects introspection queries that nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> or <c>inputFields</c> three or more levels deep (graphql-js's guard against
/// exponential introspection responses), following fragments, cycles included, as graphql-js 16.15 does.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListDepth = 3;

    // Per fragment: the deepest entry depth whose check completed under the limit, and the shallowest that
    // reached it. Either answers a later check at a comparable depth, keeping the rule linear.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterField(FieldNode node)
    {
        if (node.Name.Value is not ("__schema" or "__type"))
            return;
        var visiting = new Dictionary<string, int>(StringComparer.Ordinal);
        if (TooDeep(node.SelectionSet, visiting, 0))
            Report("Maximum introspection depth exceeded", node);
    }

    private bool TooDeep(SelectionSetNode? selectionSet, Dictionary<string, int> visiting, int depth)
    {
        if (selectionSet is null)
            return false;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var fieldDepth = field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" ? depth + 1 : depth;
                    if (fieldDepth >= MaxListDepth || TooDeep(field.SelectionSet, visiting, fieldDepth))
                        return true;
                    break;
                case InlineFragmentNode inline:
                    if (TooDeep(inline.SelectionSet, visiting, depth))
                        return true;
                    break;
                case FragmentSpreadNode spread:
                    if (FragmentTooDeep(spread.Name.Value, visiting, depth))
                        return true;
                    break;
            }
        }

        return false;
    }

    private bool FragmentTooDeep(string name, Dictionary<string, int> visiting, int depth)
    {
        if (_exceededFragments.TryGetValue(name, out var exceeded) && exceeded <= depth)
            return true;

        // Revisiting at the same or a shallower depth cannot go deeper than before (this also breaks cycles).
        if ((visiting.TryGetValue(name, out var visited) && visited >= depth)
            || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
        {
            return false;
        }

        var fragment = Context.GetFragment(name);
        if (fragment is null)
            return false;
        visiting[name] = depth;
        if (TooDeep(fragment.SelectionSet, visiting, depth))
        {
            _exceededFragments[name] = depth;
            return true;
        }

        _checkedFragments[name] = depth;
        return false;
    }
}

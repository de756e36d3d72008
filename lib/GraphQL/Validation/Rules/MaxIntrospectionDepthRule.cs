using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Rejects introspection queries that nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> or <c>inputFields</c> three or more levels deep (graphql-js's guard against
/// exponential introspection responses).
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListDepth = 3;
    private readonly Dictionary<(string Fragment, int Depth), bool> _fragmentResults = [];
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterField(FieldNode node)
    {
        if (node.Name.Value is "__schema" or "__type" && TooDeep(node.SelectionSet, 0))
            Report("Maximum introspection depth exceeded", node);
    }

    private bool TooDeep(SelectionSetNode? selectionSet, int depth)
    {
        if (selectionSet is null)
            return false;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var fieldDepth = field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" ? depth + 1 : depth;
                    if (fieldDepth >= MaxListDepth || TooDeep(field.SelectionSet, fieldDepth))
                        return true;
                    break;
                case InlineFragmentNode inline:
                    if (TooDeep(inline.SelectionSet, depth))
                        return true;
                    break;
                case FragmentSpreadNode spread:
                    if (FragmentTooDeep(spread.Name.Value, depth))
                        return true;
                    break;
            }
        }

        return false;
    }

    // Memoized per (fragment, depth) so fragments spread many times cost linear, not exponential, time.
    private bool FragmentTooDeep(string name, int depth)
    {
        if (_fragmentResults.TryGetValue((name, depth), out var known))
            return known;
        var fragment = Context.GetFragment(name);
        if (fragment is null || !_visiting.Add(name))
            return false;
        var result = TooDeep(fragment.SelectionSet, depth);
        _visiting.Remove(name);
        _fragmentResults[(name, depth)] = result;
        return result;
    }
}

using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Operator limit: rejects operations whose fields nest deeper than <c>maxDepth</c> (root fields are at
/// depth 1; fragments count where they are spread). Introspection fields (<c>__schema</c>, <c>__type</c>)
/// count as depth 1, since <see cref="MaxIntrospectionDepthRule"/> bounds them and tools such as GraphiQL
/// must be able to load the schema. Not part of the specification.
/// </summary>
public sealed class MaxDepthRule : ValidationRule
{
    private readonly int _maxDepth;
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

    /// <summary>Creates the rule with the deepest allowed nesting.</summary>
    public MaxDepthRule(int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        _maxDepth = maxDepth;
    }

    /// <inheritdoc />
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        var depth = Depth(node.SelectionSet);
        if (depth <= _maxDepth)
            return;
        var subject = node.Name is null ? "The operation" : $"Operation \"{node.Name.Value}\"";
        Report($"{subject} has a depth of {depth}, which exceeds the maximum of {_maxDepth}.", node);
    }

    private int Depth(SelectionSetNode selectionSet)
    {
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is null || IsIntrospection(field) ? 0 : Depth(field.SelectionSet)),
                InlineFragmentNode inline => Depth(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static bool IsIntrospection(FieldNode field) => field.Name.Value is "__schema" or "__type";

    // Memoized so that documents spreading fragments many times stay linear; cycles count as depth 0 (another rule reports them).
    private int FragmentDepth(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
            return known;
        var fragment = Context.GetFragment(name);
        if (fragment is null || !_visiting.Add(name))
            return 0;
        var depth = Depth(fragment.SelectionSet);
        _visiting.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }
}

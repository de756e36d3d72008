using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields sharing a response name (also through fragments) are the same field
/// with the same arguments, or sit on parent object types that can never coincide, and their return
/// types and sub-selections are compatible. Same comparison strategy as graphql-js (fields within a set,
/// between sets and fragments, memoized fragment pairs), so the same conflicts are reported.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];

    /// <inheritdoc />
    public override void EnterSelectionSet(SelectionSetNode node)
    {
        foreach (var conflict in FindConflictsWithin(Context.ParentType, node))
        {
            Report(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {conflict.Reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    private List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fieldMap);
        if (fragmentNames.Count > 0)
        {
            var discovered = new List<(string, string)>();
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i], discovered);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }

            ProcessDiscoveredFragments(conflicts, false, fieldMap, discovered);
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName, List<(string, string)> discovered)
    {
        var fragment = Context.GetFragment(fragmentName);
        if (fragment is null)
            return;
        var (fieldMap2, referenced) = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2))
            return;
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var name in referenced)
            discovered.Add((fragmentName, name));
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        if (name1 == name2 || HasComparedPair(name1, name2, mutuallyExclusive))
            return;
        AddComparedPair(name1, name2, mutuallyExclusive);
        var fragment1 = Context.GetFragment(name1);
        var fragment2 = Context.GetFragment(name2);
        if (fragment1 is null || fragment2 is null)
            return;
        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var referenced in referenced2)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced);
        foreach (var referenced in referenced1)
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced, name2);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);

        var discovered = new List<(string, string)>();
        foreach (var name in fragmentNames2)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name, discovered);
        ProcessDiscoveredFragments(conflicts, mutuallyExclusive, fieldMap1, discovered);
        foreach (var name in fragmentNames1)
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name, discovered);
        ProcessDiscoveredFragments(conflicts, mutuallyExclusive, fieldMap2, discovered);

        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
        }

        return conflicts;
    }

    private void ProcessDiscoveredFragments(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, List<(string, string)> discovered)
    {
        while (discovered.Count > 0)
        {
            var (fragmentName, referencedName) = discovered[^1];
            discovered.RemoveAt(discovered.Count - 1);
            if (HasComparedPair(referencedName, fragmentName, mutuallyExclusive))
                continue;
            AddComparedPair(referencedName, fragmentName, mutuallyExclusive);
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, referencedName, discovered);
        }
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var (responseName, fields) in fieldMap)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    var conflict = FindConflict(false, responseName, fields[i], fields[j]);
                    if (conflict is not null)
                        conflicts.Add(conflict);
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1)
        {
            if (!fieldMap2.TryGetValue(responseName, out var fields2))
                continue;
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    var conflict = FindConflict(mutuallyExclusive, responseName, field1, field2);
                    if (conflict is not null)
                        conflicts.Add(conflict);
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, NodeAndDefinition field1, NodeAndDefinition field2)
    {
        var (parentType1, node1, definition1) = field1;
        var (parentType2, node2, definition2) = field2;

        // Distinct object parents can never apply to the same value, so aliases and arguments may differ.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(parentType1, parentType2) && parentType1 is ObjectType && parentType2 is ObjectType);

        if (!mutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
                return new Conflict(new ConflictReason(responseName, $"\"{name1}\" and \"{name2}\" are different fields", null), [node1], [node2]);
            if (!SameArguments(node1.Arguments, node2.Arguments))
                return new Conflict(new ConflictReason(responseName, "they have differing arguments", null), [node1], [node2]);
        }

        var type1 = definition1?.Type;
        var type2 = definition2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(
                new ConflictReason(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", null), [node1], [node2]);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null)
            return null;
        var subConflicts = FindConflictsBetweenSubSelectionSets(
            mutuallyExclusive, type1?.GetNamedType(), node1.SelectionSet, type2?.GetNamedType(), node2.SelectionSet);
        if (subConflicts.Count == 0)
            return null;
        return new Conflict(
            new ConflictReason(responseName, null, subConflicts.Select(c => c.Reason).ToList()),
            [node1, .. subConflicts.SelectMany(c => c.Fields1)],
            [node2, .. subConflicts.SelectMany(c => c.Fields2)]);
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
            return false;
        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || StableValue(argument1.Value) != StableValue(argument2.Value))
                return false;
        }

        return true;
    }

    // Prints a value with object fields sorted, so {a: 1, b: 2} and {b: 2, a: 1} compare equal.
    private static string StableValue(ValueNode value) => value switch
    {
        ObjectValueNode obj => "{" + string.Join(", ", obj.Fields
            .OrderBy(f => f.Name.Value, Comparer<string>.Create(Suggestions.NaturalCompare))
            .Select(f => f.Name.Value + ": " + StableValue(f.Value))) + "}",
        ListValueNode list => "[" + string.Join(", ", list.Values.Select(StableValue)) + "]",
        _ => Language.AstPrinter.Print(value),
    };

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType)
            return true;
        if (type1 is NonNullType nonNull1)
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType)
            return true;
        if (type1.IsLeafType || type2.IsLeafType)
            return !ReferenceEquals(type1, type2);
        return false;
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
            return cached;
        var fieldMap = new FieldMap(StringComparer.Ordinal);
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames);
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (_cache.TryGetValue(fragment.SelectionSet, out var cached))
            return cached;
        return GetFieldsAndFragmentNames(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
    }

    private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    if (!fieldMap.TryGetValue(field.ResponseName, out var list))
                        fieldMap[field.ResponseName] = list = [];
                    list.Add(new NodeAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                        fragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.GetType(inline.TypeCondition.Name.Value);
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }

    // A pair compared as mutually exclusive says nothing about the non-exclusive comparison, which is stricter.
    private bool HasComparedPair(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (!_comparedFragmentPairs.TryGetValue(key, out var recorded))
            return false;
        return mutuallyExclusive || !recorded;
    }

    private void AddComparedPair(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        _comparedFragmentPairs[key] = mutuallyExclusive;
    }

    private sealed class FieldMap(StringComparer comparer) : Dictionary<string, List<NodeAndDefinition>>(comparer);

    private sealed record NodeAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed record FieldsAndFragments(FieldMap FieldMap, List<string> FragmentNames);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed record ConflictReason(string ResponseName, string? Message, List<ConflictReason>? SubReasons)
    {
        public string Describe() => Message ?? string.Join(" and ", SubReasons!.Select(r => $"subfields \"{r.ResponseName}\" conflict because {r.Describe()}"));
    }
}

using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The specification's CollectFields: groups the fields of one or more selection sets by response name
/// for a runtime object type, expanding fragments whose type condition applies and honouring
/// <c>@skip</c> / <c>@include</c>. Records which variables the directives read so the plan can be cached.
/// </summary>
internal sealed class FieldCollector
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly ObjectType _type;
    private readonly InputValues _variables;
    private readonly Dictionary<string, List<FieldNode>> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<(string Variable, bool Value)> _conditions = [];
    private HashSet<string>? _visitedFragments;

    private FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType type, InputValues variables)
    {
        _schema = schema;
        _fragments = fragments;
        _type = type;
        _variables = variables;
    }

    /// <summary>Builds the plan and reports the conditions (variable, value) it depends on.</summary>
    /// <exception cref="GraphQLException">An <c>if</c> argument has no boolean value.</exception>
    public static SelectionPlan Build(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        ObjectType type,
        IReadOnlyList<SelectionSetNode> selectionSets,
        InputValues variables,
        out (string Variable, bool Value)[] conditions)
    {
        var collector = new FieldCollector(schema, fragments, type, variables);
        foreach (var selectionSet in selectionSets)
            collector.Collect(selectionSet);
        conditions = [.. collector._conditions];
        var fields = new List<PlannedField>(collector._order.Count);
        foreach (var responseName in collector._order)
        {
            var nodes = collector._groups[responseName];
            var definition = schema.GetFieldDefinition(type, nodes[0].Name.Value);
            if (definition is not null)
                fields.Add(new PlannedField(type, definition, [.. nodes]));
        }

        return new SelectionPlan(type, [.. fields]);
    }

    private void Collect(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
                continue;
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (!_groups.TryGetValue(key, out var list))
                    {
                        _groups[key] = list = new List<FieldNode>(1);
                        _order.Add(key);
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    _visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!_visitedFragments.Add(spread.Name.Value))
                        continue;
                    if (!_fragments.TryGetValue(spread.Name.Value, out var fragment) || !Applies(fragment.TypeCondition))
                        continue;
                    Collect(fragment.SelectionSet);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !Applies(inline.TypeCondition))
                        continue;
                    Collect(inline.SelectionSet);
                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode typeCondition)
    {
        var conditionType = _schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionType, _type))
            return true;
        return conditionType is not null && conditionType.IsAbstractType && _schema.IsPossibleType(conditionType, _type);
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name == "skip" && IfArgument(directive))
                return false;
            if (name == "include" && !IfArgument(directive))
                return false;
        }

        return true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
                continue;
            switch (argument.Value)
            {
                case BooleanValueNode literal:
                    return literal.Value;
                case VariableNode variable:
                    var name = variable.Name.Value;
                    if (_variables.TryGetValue(name, out var value) && value is bool flag)
                    {
                        if (!_conditions.Contains((name, flag)))
                            _conditions.Add((name, flag));
                        return flag;
                    }

                    throw new GraphQLException(
                        $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${name}\" which was not provided a runtime value.");
            }
        }

        throw new GraphQLException($"Argument \"if\" of required type \"Boolean!\" was not provided.");
    }
}

using System.Text.Json;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// One response entry of a <see cref="SelectionPlan"/>: the merged field nodes, the definition, arguments
/// coerced ahead of time when they hold no variables, and the cache of plans for its sub-selection.
/// </summary>
internal sealed class PlannedField
{
    private StaticArguments? _static;

    public PlannedField(ObjectType parentType, FieldDefinition definition, FieldNode[] nodes)
    {
        ParentType = parentType;
        Definition = definition;
        Nodes = nodes;
        ResponseName = nodes[0].ResponseName;
        EncodedName = JsonEncodedText.Encode(ResponseName, JsonDefaults.Encoder);
        IsNonNull = definition.Type.IsNonNull;
        IsTypeName = ReferenceEquals(definition, Introspection.IntrospectionTypes.TypeNameField);
        var locations = new ErrorLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
            locations[i] = nodes[i].Location.ToErrorLocation();
        Locations = locations;
        HasVariableArguments = ArgumentCoercion.ReferencesVariables(nodes[0].Arguments);
        if (nodes.Length > 1 || nodes[0].SelectionSet is not null)
        {
            var sets = new List<SelectionSetNode>(nodes.Length);
            foreach (var node in nodes)
            {
                if (node.SelectionSet is not null)
                    sets.Add(node.SelectionSet);
            }

            SubSelections = [.. sets];
        }
        else
        {
            SubSelections = [];
        }
    }

    public ObjectType ParentType { get; }

    public FieldDefinition Definition { get; }

    public FieldNode[] Nodes { get; }

    public string ResponseName { get; }

    public JsonEncodedText EncodedName { get; }

    public bool IsNonNull { get; }

    public bool IsTypeName { get; }

    public IReadOnlyList<ErrorLocation> Locations { get; }

    public bool HasVariableArguments { get; }

    /// <summary>The selection sets of all merged nodes, executed together for composite results.</summary>
    public SelectionSetNode[] SubSelections { get; }

    /// <summary>
    /// Arguments coerced once for all executions (when <see cref="HasVariableArguments"/> is false), or the
    /// error that coercion produced. Published as one object so concurrent readers never see half of it.
    /// </summary>
    public StaticArguments? Static
    {
        get => Volatile.Read(ref _static);
        set => Volatile.Write(ref _static, value);
    }

    public PlanCache SubPlans { get; } = new();
}

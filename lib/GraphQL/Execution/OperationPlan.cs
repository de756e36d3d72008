using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>What an executor caches per operation: its fragments by name and the plans of its root selection set.</summary>
internal sealed class OperationPlan
{
    public OperationPlan(DocumentNode document, OperationDefinitionNode operation)
    {
        Operation = operation;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
                fragments.TryAdd(fragment.Name.Value, fragment);
        }

        Fragments = fragments;
        RootSelections = [operation.SelectionSet];
    }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public SelectionSetNode[] RootSelections { get; }

    public PlanCache RootPlans { get; } = new();

    /// <summary>The cached plan for a level, built (and cached when possible) on first use.</summary>
    public SelectionPlan GetPlan(Schema schema, PlanCache cache, ObjectType type, SelectionSetNode[] selectionSets, InputValues variables)
    {
        var plan = cache.Find(type, variables);
        if (plan is not null)
            return plan;
        plan = FieldCollector.Build(schema, Fragments, type, selectionSets, variables, out var conditions);
        cache.Add(type, conditions, plan);
        return plan;
    }
}

using GraphQL.Validation.Rules;

namespace GraphQL.Validation;

/// <summary>The validation rules of the specification, in graphql-js's order, plus helpers to add operator limits.</summary>
public static class SpecifiedRules
{
    /// <summary>Every rule of the specification's Validation section (as graphql-js's <c>specifiedRules</c>).</summary>
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        () => new ExecutableDefinitionsRule(),
        () => new UniqueOperationNamesRule(),
        () => new LoneAnonymousOperationRule(),
        () => new SingleFieldSubscriptionsRule(),
        () => new KnownTypeNamesRule(),
        () => new FragmentsOnCompositeTypesRule(),
        () => new VariablesAreInputTypesRule(),
        () => new ScalarLeafsRule(),
        () => new FieldsOnCorrectTypeRule(),
        () => new UniqueFragmentNamesRule(),
        () => new KnownFragmentNamesRule(),
        () => new NoUnusedFragmentsRule(),
        () => new PossibleFragmentSpreadsRule(),
        () => new NoFragmentCyclesRule(),
        () => new UniqueVariableNamesRule(),
        () => new NoUndefinedVariablesRule(),
        () => new NoUnusedVariablesRule(),
        () => new KnownDirectivesRule(),
        () => new UniqueDirectivesPerLocationRule(),
        () => new KnownArgumentNamesRule(),
        () => new UniqueArgumentNamesRule(),
        () => new ValuesOfCorrectTypeRule(),
        () => new ProvidedRequiredArgumentsRule(),
        () => new VariablesInAllowedPositionRule(),
        () => new OverlappingFieldsCanBeMergedRule(),
        () => new UniqueInputFieldNamesRule(),
        () => new KnownOperationTypesRule(),
        () => new MaxIntrospectionDepthRule(),
    ];

    /// <summary>The specified rules plus depth and cost limits.</summary>
    public static IReadOnlyList<Func<ValidationRule>> WithLimits(int maxDepth, int maxCost, CostOptions? costOptions = null) =>
    [
        .. All,
        () => new MaxDepthRule(maxDepth),
        () => new MaxCostRule(maxCost, costOptions),
    ];
}

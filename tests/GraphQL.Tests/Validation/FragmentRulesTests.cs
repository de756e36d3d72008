using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Rules about fragments: names, targets, use, type conditions, possibility and cycles.</summary>
public sealed class FragmentRulesTests
{
    [Fact]
    public void UniqueFragmentNames_RepeatedName_IsReportedAtBothNames() =>
        AssertErrors(
            () => new UniqueFragmentNamesRule(),
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            Error("There can be only one fragment named \"fragA\".", "4:10", "7:10"));

    [Fact]
    public void UniqueFragmentNames_DistinctNames_AreValid() =>
        AssertValid(() => new UniqueFragmentNamesRule(), "{ ...fragA ...fragB } fragment fragA on Type { a } fragment fragB on Type { b }");

    [Fact]
    public void KnownFragmentNames_UndefinedSpread_IsReported() =>
        AssertErrors(
            () => new KnownFragmentNamesRule(),
            "{ human(id: 4) { ...UnknownFragment1 ...HumanFields } } fragment HumanFields on Human { name }",
            Error("Unknown fragment \"UnknownFragment1\".", "1:21"));

    [Fact]
    public void KnownFragmentNames_DefinedSpreads_AreValid() =>
        AssertValid(() => new KnownFragmentNamesRule(), "{ human(id: 4) { ...HumanFields } } fragment HumanFields on Human { name }");

    [Fact]
    public void NoUnusedFragments_UnreferencedFragments_AreReported() =>
        AssertErrors(
            () => new NoUnusedFragmentsRule(),
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            """,
            Error("Fragment \"HumanFields2\" is never used.", "10:1"),
            Error("Fragment \"Unused1\" is never used.", "16:1"));

    [Fact]
    public void NoUnusedFragments_IndirectlyUsed_AreValid() =>
        AssertValid(() => new NoUnusedFragmentsRule(), "{ ...A } fragment A on QueryRoot { ...B } fragment B on QueryRoot { dog { name } }");

    [Fact]
    public void FragmentsOnCompositeTypes_ScalarConditions_AreReported()
    {
        AssertErrors(
            () => new FragmentsOnCompositeTypesRule(),
            "fragment scalarFragment on Boolean { bad }",
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", "1:28"));
        AssertErrors(
            () => new FragmentsOnCompositeTypesRule(),
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            Error("Fragment cannot condition on non composite type \"String\".", "2:10"));
    }

    [Fact]
    public void FragmentsOnCompositeTypes_CompositeConditions_AreValid() =>
        AssertValid(() => new FragmentsOnCompositeTypesRule(), "fragment a on Dog { barks } fragment b on Pet { ... on Dog { barks } ... { name } } fragment c on CatOrDog { __typename }");

    [Fact]
    public void PossibleFragmentSpreads_DisjointTypes_AreReported()
    {
        AssertErrors(
            () => new PossibleFragmentSpreadsRule(),
            "fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }",
            Error("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", "1:45"));
        AssertErrors(
            () => new PossibleFragmentSpreadsRule(),
            "fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }",
            Error("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", "1:49"));
        AssertErrors(
            () => new PossibleFragmentSpreadsRule(),
            "fragment invalidUnionWithinObject on Human { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }",
            Error("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", "1:46"));
    }

    [Fact]
    public void PossibleFragmentSpreads_OverlappingTypes_AreValid() =>
        AssertValid(
            () => new PossibleFragmentSpreadsRule(),
            """
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment interfaceWithinUnion on CatOrDog { ... on Pet { name } }
            fragment unionWithinInterface on Being { ... on DogOrHuman { __typename } }
            fragment interfaceWithinInterface on Mammal { ... on Canine { name } }
            """);

    [Fact]
    public void NoFragmentCycles_SelfSpread_IsReported() =>
        AssertErrors(
            () => new NoFragmentCyclesRule(),
            "fragment fragA on Dog { ...fragA }",
            Error("Cannot spread fragment \"fragA\" within itself.", "1:25"));

    [Fact]
    public void NoFragmentCycles_IndirectCycle_IsReportedOnceWithPath() =>
        AssertErrors(
            () => new NoFragmentCyclesRule(),
            "fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragA }",
            Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", "1:25", "1:60"));

    [Fact]
    public void NoFragmentCycles_SharedButAcyclicSpreads_AreValid() =>
        AssertValid(() => new NoFragmentCyclesRule(), "fragment fragA on Dog { ...fragB ...fragB } fragment fragB on Dog { ...fragC } fragment fragC on Dog { name }");
}

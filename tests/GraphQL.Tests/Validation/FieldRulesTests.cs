using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Rules about fields: existence on the type, leaf selections and merging of same-named fields.</summary>
public sealed class FieldRulesTests
{
    [Fact]
    public void FieldsOnCorrectType_UnknownFields_AreReported() =>
        AssertErrors(
            () => new FieldsOnCorrectTypeRule(),
            "fragment typeKnownAgain on Pet { unknown_pet_field { ... on Cat { unknown_cat_field } } }",
            Error("Cannot query field \"unknown_pet_field\" on type \"Pet\".", "1:34"),
            Error("Cannot query field \"unknown_cat_field\" on type \"Cat\".", "1:67"));

    [Fact]
    public void FieldsOnCorrectType_SimilarField_IsSuggested() =>
        AssertErrors(
            () => new FieldsOnCorrectTypeRule(),
            "fragment fieldNotDefined on Dog { meowVolume }",
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", "1:35"));

    [Fact]
    public void FieldsOnCorrectType_FieldOfImplementations_SuggestsInlineFragments() =>
        AssertErrors(
            () => new FieldsOnCorrectTypeRule(),
            "fragment definedOnImplementorsButNotInterface on Pet { nickname }",
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", "1:56"));

    [Fact]
    public void FieldsOnCorrectType_DefinedAndMetaFields_AreValid() =>
        AssertValid(
            () => new FieldsOnCorrectTypeRule(),
            "{ __typename __schema { queryType { name } } dog { __typename name ... on Pet { name } } catOrDog { __typename ... on Cat { meows } } }");

    [Fact]
    public void ScalarLeafs_ObjectWithoutSelection_IsReported() =>
        AssertErrors(
            () => new ScalarLeafsRule(),
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", "2:3"));

    [Fact]
    public void ScalarLeafs_LeafWithSelection_IsReported() =>
        AssertErrors(
            () => new ScalarLeafsRule(),
            "{ dog { barks { sinceWhen } } }",
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", "1:15"));

    [Fact]
    public void ScalarLeafs_ProperSelections_AreValid() =>
        AssertValid(() => new ScalarLeafsRule(), "{ dog { barks name doesKnowCommand(dogCommand: SIT) } human { pets { name } } }");

    [Fact]
    public void OverlappingFields_AliasToDifferentFields_IsReported() =>
        AssertErrors(
            () => new OverlappingFieldsCanBeMergedRule(),
            "fragment conflictingBecauseAlias on Dog { name: nickname name }",
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "1:43", "1:58"));

    [Fact]
    public void OverlappingFields_DifferentArguments_IsReported() =>
        AssertErrors(
            () => new OverlappingFieldsCanBeMergedRule(),
            "fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }",
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", "1:35", "1:68"));

    [Fact]
    public void OverlappingFields_ConflictingTypesOnExclusiveParents_IsReported() =>
        AssertErrors(
            () => new OverlappingFieldsCanBeMergedRule(),
            """
            {
              catOrDog {
                ... on Dog {
                  x: barkVolume
                }
                ... on Cat {
                  x: furColor
                }
              }
            }
            """,
            Error("Fields \"x\" conflict because they return conflicting types \"Int\" and \"FurColor\". Use different aliases on the fields to fetch both if this was intentional.", "4:7", "7:7"));

    [Fact]
    public void OverlappingFields_ConflictingSubfields_ReportsTheWholePath() =>
        AssertErrors(
            () => new OverlappingFieldsCanBeMergedRule(),
            """
            {
              dog {
                mother {
                  name: nickname
                }
                mother {
                  name
                }
              }
            }
            """,
            Error("Fields \"mother\" conflict because subfields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "3:5", "4:7", "6:5", "7:7"));

    [Fact]
    public void OverlappingFields_ConflictThroughFragments_IsReported() =>
        AssertErrors(
            () => new OverlappingFieldsCanBeMergedRule(),
            """
            {
              dog {
                ...A
                ...B
              }
            }
            fragment A on Dog {
              x: name
            }
            fragment B on Dog {
              x: barks
            }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "8:3", "11:3"));

    [Fact]
    public void OverlappingFields_MergeableSelections_AreValid() =>
        AssertValid(
            () => new OverlappingFieldsCanBeMergedRule(),
            """
            {
              dog { name name otherName: name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
              catOrDog { ... on Dog { n: name } ... on Cat { n: nickname } }
              complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) }
            }
            """);
}

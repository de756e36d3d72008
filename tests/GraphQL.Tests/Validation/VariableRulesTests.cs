using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Rules about variables: uniqueness, input types, definition, use and allowed positions.</summary>
public sealed class VariableRulesTests
{
    [Fact]
    public void UniqueVariableNames_Repeated_IsReportedAtEachDefinition() =>
        AssertErrors(
            () => new UniqueVariableNamesRule(),
            "query A($x: Int, $x: Int, $x: String) { __typename }",
            Error("There can be only one variable named \"$x\".", "1:10", "1:19", "1:28"));

    [Fact]
    public void UniqueVariableNames_AcrossOperations_IsValid() =>
        AssertValid(() => new UniqueVariableNamesRule(), "query A($x: Int) { __typename } query B($x: Int, $y: Int) { __typename }");

    [Fact]
    public void VariablesAreInputTypes_OutputTypes_AreReported() =>
        AssertErrors(
            () => new VariablesAreInputTypesRule(),
            "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }",
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", "1:15"),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", "1:24"),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", "1:44"));

    [Fact]
    public void VariablesAreInputTypes_InputTypes_AreValid() =>
        AssertValid(() => new VariablesAreInputTypesRule(), "query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { field(a: $a, b: $b, c: $c, d: $d) }");

    [Fact]
    public void KnownTypeNames_UnknownTypes_AreReportedWithSuggestions() =>
        AssertErrors(
            () => new KnownTypeNamesRule(),
            """
            query Foo($var: JumbledUpLetters) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            Error("Unknown type \"JumbledUpLetters\".", "1:17"),
            Error("Unknown type \"Badger\".", "4:19"),
            Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", "7:23"));

    [Fact]
    public void KnownTypeNames_KnownTypes_AreValid() =>
        AssertValid(
            () => new KnownTypeNamesRule(),
            "query Foo($var: String, $required: [String!]!) { user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } } } fragment PetFields on Pet { name }");

    [Fact]
    public void NoUndefinedVariables_UndefinedVariable_IsReportedWithOperation()
    {
        AssertErrors(
            () => new NoUndefinedVariablesRule(),
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            Error("Variable \"$d\" is not defined by operation \"Foo\".", "2:33", "1:1"));
        AssertErrors(
            () => new NoUndefinedVariablesRule(),
            "{ field(a: $a) }",
            Error("Variable \"$a\" is not defined.", "1:12", "1:1"));
    }

    [Fact]
    public void NoUndefinedVariables_UsedInsideFragment_IsReported() =>
        AssertErrors(
            () => new NoUndefinedVariablesRule(),
            """
            query Foo {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", "5:12", "1:1"));

    [Fact]
    public void NoUndefinedVariables_DefinedThroughFragments_IsValid() =>
        AssertValid(
            () => new NoUndefinedVariablesRule(),
            "query Foo($a: String, $b: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: {x: [$b]}) }");

    [Fact]
    public void NoUnusedVariables_UnusedVariables_AreReported()
    {
        AssertErrors(
            () => new NoUnusedVariablesRule(),
            "query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }",
            Error("Variable \"$c\" is never used.", "1:32"));
        AssertErrors(
            () => new NoUnusedVariablesRule(),
            "query Foo($b: String) { field }",
            Error("Variable \"$b\" is never used in operation \"Foo\".", "1:11"));
    }

    [Fact]
    public void NoUnusedVariables_UsedInDirectivesAndFragments_AreValid() =>
        AssertValid(
            () => new NoUnusedVariablesRule(),
            "query Foo($a: Boolean!, $b: String) { field @include(if: $a) ...F } fragment F on Type { other(b: $b) }");

    [Fact]
    public void VariablesInAllowedPosition_NullableIntoNonNull_IsReported() =>
        AssertErrors(
            () => new VariablesInAllowedPositionRule(),
            "query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", "1:13", "1:81"));

    [Fact]
    public void VariablesInAllowedPosition_ItemIntoList_IsReported() =>
        AssertErrors(
            () => new VariablesInAllowedPositionRule(),
            "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }",
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", "1:13", "1:87"));

    [Fact]
    public void VariablesInAllowedPosition_CompatibleOrDefaultedPositions_AreValid() =>
        AssertValid(
            () => new VariablesInAllowedPositionRule(),
            """
            query Query($intVar: Int = 1, $nullable: Int, $bool: Boolean, $strings: [String!], $nonNull: Int!) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
                nonNullFieldWithDefault(arg: $nullable)
                stringListArgField(stringListArg: $strings)
                intArgField(intArg: $nonNull)
              }
              dog { isHouseTrained(atOtherHomes: $bool) }
            }
            """);
}

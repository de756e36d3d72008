using GraphQL.Validation.Rules;
using static GraphQL.Tests.Validation.ValidationHarness;

namespace GraphQL.Tests.Validation;

/// <summary>Rules about input values: literal types, input object fields, OneOf, and field name uniqueness.</summary>
public sealed class ValueRulesTests
{
    [Fact]
    public void ValuesOfCorrectType_WrongScalarLiteral_ReportsScalarMessage() =>
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { intArgField(intArg: \"3\") } }",
            Error("Int cannot represent non-integer value: \"3\"", "1:41"));

    [Fact]
    public void ValuesOfCorrectType_StringForEnum_SuggestsTheValue() =>
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { enumArgField(enumArg: \"BROWN\") } }",
            Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", "1:43"));

    [Fact]
    public void ValuesOfCorrectType_NullForNonNull_IsReported() =>
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
            Error("Expected value of type \"Int!\", found null.", "1:55"));

    [Fact]
    public void ValuesOfCorrectType_InputObjectProblems_AreReported()
    {
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", "1:49"));
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: \"value\" }) } }",
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", "1:72"));
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { complexArgField(complexArg: [1]) } }",
            Error("Expected value of type \"ComplexInput\", found [1].", "1:49"));
    }

    [Fact]
    public void ValuesOfCorrectType_OneOfWithTwoKeysOrNull_IsReported()
    {
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 }) } }",
            Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", "1:45"));
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }",
            Error("Field \"OneOfInput.stringField\" must be non-null.", "1:45"));
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "query ($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }",
            Error("Variable \"s\" must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", "1:64"));
    }

    [Fact]
    public void ValuesOfCorrectType_BadVariableDefault_IsReported() =>
        AssertErrors(
            () => new ValuesOfCorrectTypeRule(),
            "query ($a: Int = \"one\") { complicatedArgs { intArgField(intArg: $a) } }",
            Error("Int cannot represent non-integer value: \"one\"", "1:18"));

    [Fact]
    public void ValuesOfCorrectType_CorrectLiterals_AreValid() =>
        AssertValid(
            () => new ValuesOfCorrectTypeRule(),
            """
            query ($v: Int = 3, $list: [String] = ["a"], $single: [String] = "coerced") {
              complicatedArgs {
                intArgField(intArg: 2)
                floatArgField(floatArg: 1)
                idArgField(idArg: 1)
                enumArgField(enumArg: BROWN)
                stringListArgField(stringListArg: "single value is a list of one")
                stringListNonNullArgField(stringListNonNullArg: ["a", "b"])
                complexArgField(complexArg: {requiredField: true, stringListField: ["x", null]})
                oneOfArgField(oneOfArg: {intField: 5})
                nonNullIntArgField(nonNullIntArg: $v)
              }
            }
            """);

    [Fact]
    public void UniqueInputFieldNames_RepeatedField_IsReported() =>
        AssertErrors(
            () => new UniqueInputFieldNamesRule(),
            "{ field(arg: { f1: \"value\", f1: \"value\" }) }",
            Error("There can be only one input field named \"f1\".", "1:16", "1:29"));

    [Fact]
    public void UniqueInputFieldNames_SameNameInNestedObjects_IsValid() =>
        AssertValid(() => new UniqueInputFieldNamesRule(), "{ field(arg: { f1: \"value\", f2: { f1: \"value\" } }) }");
}

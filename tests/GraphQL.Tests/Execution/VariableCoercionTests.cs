using GraphQL.Building;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>Variable coercion messages, checked against graphql-js 16 for the same schema and inputs.</summary>
public sealed class VariableCoercionTests
{
    private static readonly Schema Schema = SdlSchema.Build("""
        input Pick @oneOf { a: Int b: String }
        type Query { list(l: [Int!]): String pick(p: Pick): String matrix(m: [[Int]]): String }
        """);

    [Fact]
    public async Task ListItems_EachInvalidItemIsReportedWithItsIndex() =>
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"Int!\" not to be null.","locations":[{"line":1,"column":8}]},{"message":"Variable \"$l\" got invalid value \"a\" at \"l[2]\"; Int cannot represent non-integer value: \"a\"","locations":[{"line":1,"column":8}]}]}""",
            await Run.Json(Schema, "query ($l: [Int!]) { list(l: $l) }", Run.Variables("""{"l": [1, null, "a"]}""")));

    [Fact]
    public async Task OneOf_WithTwoKeysOrANull_IsRejected()
    {
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$p\" got invalid value { a: 1, b: \"x\" }; Exactly one key must be specified for OneOf type \"Pick\".","locations":[{"line":1,"column":8}]}]}""",
            await Run.Json(Schema, "query ($p: Pick) { pick(p: $p) }", Run.Variables("""{"p": {"a": 1, "b": "x"}}""")));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$p\" got invalid value null at \"p.a\"; Field \"a\" must be non-null.","locations":[{"line":1,"column":8}]}]}""",
            await Run.Json(Schema, "query ($p: Pick) { pick(p: $p) }", Run.Variables("""{"p": {"a": null}}""")));
    }

    [Fact]
    public async Task ScalarForList_IsWrappedInAListAtEachLevel() =>
        Assert.Equal(
            """{"data":{"matrix":"[[7]]"}}""",
            await Run.Json(
                SdlSchema.Build("type Query { matrix(m: [[Int]]): String }", new SdlSchemaOptions
                {
                    Resolvers = new Dictionary<string, FieldResolver>
                    {
                        ["Query.matrix"] = c => new ValueTask<object?>(
                            "[" + string.Join(",", ((object?[])c.Arguments["m"]!).Select(row => "[" + string.Join(",", (object?[])row!) + "]")) + "]"),
                    },
                }),
                "query ($m: [[Int]]) { matrix(m: $m) }",
                Run.Variables("""{"m": 7}""")));
}

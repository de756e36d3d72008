using GraphQL.Building;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>
/// The specification's handling of field errors (after graphql-js's non-null tests): an error nulls the
/// field, and a null in a non-null position nulls the nearest nullable ancestor, synchronously or not.
/// </summary>
public sealed class NullPropagationTests
{
    private static readonly Schema Throwing = BuildDataSchema(throwing: true);
    private static readonly Schema Nulling = BuildDataSchema(throwing: false);

    [Theory]
    [InlineData("sync")]
    [InlineData("promise")]
    public async Task NullableField_ThatThrows_IsNullWithError(string field) =>
        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{field}}}","locations":[{"line":1,"column":3}],"path":["{{{field}}}"]}],"data":{"{{{field}}}":null}}""",
            await Run.Json(Throwing, $"{{ {field} }}", root: new object()));

    [Theory]
    [InlineData("syncNest", "syncNonNull")]
    [InlineData("syncNest", "promiseNonNull")]
    [InlineData("promiseNest", "syncNonNull")]
    [InlineData("promiseNest", "promiseNonNull")]
    public async Task NonNullField_ThatThrows_NullsItsNullableParent(string parent, string child) =>
        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{child}}}","locations":[{"line":1,"column":{{{parent.Length + 6}}}}],"path":["{{{parent}}}","{{{child}}}"]}],"data":{"{{{parent}}}":null}}""",
            await Run.Json(Throwing, $"{{ {parent} {{ {child} }} }}", root: new object()));

    [Theory]
    [InlineData("syncNonNullNest", "syncNonNull")]
    [InlineData("promiseNonNullNest", "promiseNonNull")]
    [InlineData("syncNonNullNest", "promiseNonNull")]
    public async Task NonNullChain_UpToTheRoot_NullsData(string parent, string child) =>
        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{child}}}","locations":[{"line":1,"column":{{{parent.Length + 6}}}}],"path":["{{{parent}}}","{{{child}}}"]}],"data":null}""",
            await Run.Json(Throwing, $"{{ {parent} {{ {child} }} }}", root: new object()));

    [Fact]
    public async Task NonNullError_DeepInAsyncTree_StopsAtTheFirstNullableAncestor() =>
        Assert.Equal(
            """{"errors":[{"message":"promiseNonNull","locations":[{"line":1,"column":56}],"path":["promiseNest","syncNonNullNest","promiseNonNullNest","promiseNonNull"]}],"data":{"promiseNest":null,"sync":"sync"}}""",
            await Run.Json(Throwing, "{ promiseNest { syncNonNullNest { promiseNonNullNest { promiseNonNull } } } sync: sibling }", root: new object()));

    [Fact]
    public async Task NullReturnedForNonNull_ReportsCannotReturnNull() =>
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field DataType.syncNonNull.","locations":[{"line":1,"column":14}],"path":["syncNest","syncNonNull"]}],"data":{"syncNest":null}}""",
            await Run.Json(Nulling, "{ syncNest { syncNonNull } }", root: new object()));

    [Fact]
    public async Task NullReturnedForNonNull_Asynchronously_NullsTheParent() =>
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field DataType.promiseNonNull.","locations":[{"line":1,"column":40}],"path":["promiseNest","promise","promiseNonNull"]}],"data":{"promiseNest":{"promise":null}}}""",
            await Run.Json(Nulling, "{ promiseNest { promise: promiseNest { promiseNonNull } } }", root: new object()));

    [Fact]
    public async Task ListItems_NullableItemsAreNulledAndNonNullItemsNullTheList() =>
        Assert.Equal(
            """{"errors":[{"message":"item 1","locations":[{"line":1,"column":17}],"path":["items",1,"value"]},{"message":"item 1","locations":[{"line":1,"column":51}],"path":["strictItems",1,"value"]}],"data":{"items":[{"value":"item 0"},{"value":null},{"value":"item 2"}],"strictItems":null}}""",
            await Run.Json(Throwing, "{ items: list { value } strictItems: strictList { value: strictValue } }", root: new object()));

    [Fact]
    public async Task NonIterableForList_IsAFieldError() =>
        Assert.Equal(
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"DataType.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"]}],"data":{"notAList":null}}""",
            await Run.Json(Throwing, "{ notAList }", root: new object()));

    private static Schema BuildDataSchema(bool throwing)
    {
        object? Fail(string name) => throwing ? throw new GraphQLException(name) : null;

        var builder = new SchemaBuilder();
        builder.Object<int>("Item", o =>
        {
            o.Field("value", "String", i => i == 1 ? throw new GraphQLException("item 1") : $"item {i}");
            o.Field("strictValue", "String!", i => i == 1 ? throw new GraphQLException("item 1") : $"item {i}");
        });
        builder.Query("DataType", t =>
        {
            t.Field("sync", "String", _ => Fail("sync"));
            t.Field("sibling", "String", _ => "sync");
            t.Field("syncNonNull", "String!", _ => Fail("syncNonNull"));
            t.Field("promise", "String").ResolveAsync(async _ =>
            {
                await Task.Yield();
                return Fail("promise");
            });
            t.Field("promiseNonNull", "String!").ResolveAsync(async _ =>
            {
                await Task.Yield();
                return Fail("promiseNonNull");
            });
            t.Field("syncNest", "DataType", c => c.Source);
            t.Field("syncNonNullNest", "DataType!", c => c.Source);
            t.Field("promiseNest", "DataType").ResolveAsync(async c =>
            {
                await Task.Yield();
                return c.Source;
            });
            t.Field("promiseNonNullNest", "DataType!").ResolveAsync(async c =>
            {
                await Task.Yield();
                return c.Source;
            });
            t.Field("list", "[Item]", _ => new[] { 0, 1, 2 });
            t.Field("strictList", "[Item!]", _ => new[] { 0, 1, 2 });
            t.Field("notAList", "[String]", _ => 5);
        });
        return builder.Build();
    }
}

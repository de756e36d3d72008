using GraphQL.Building;
using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Building.TypeRefs;

namespace GraphQL.Tests.Execution;

public sealed class BasicExecutionTests
{
    private enum Status
    {
        Open,
        PartlyFilled,
    }

    private static readonly Schema Shop = BuildShop();

    [Fact]
    public async Task Query_SynchronousFields_SerializesInSelectionOrder() =>
        Assert.Equal(
            """{"data":{"b":2,"a":"one","c":true}}""",
            await Run.Json(Shop, "{ b a c }"));

    [Fact]
    public async Task Query_AliasesFragmentsAndTypename_AreMergedPerResponseName() =>
        Assert.Equal(
            """{"data":{"first":"one","__typename":"Query","a":"one","order":{"total":"12.50","status":"PARTLY_FILLED","id":"7"}}}""",
            await Run.Json(Shop, "{ first: a __typename ...F ... on Query { a order { id } } } fragment F on Query { a order { total status } }"));

    [Fact]
    public async Task Arguments_LiteralsVariablesAndDefaults_ReachTheResolver()
    {
        const string Query = """
            query ($n: Int!, $status: Status) {
              literal: echo(n: 5, status: OPEN, tags: "single", when: "2024-05-01T12:00:00+02:00")
              variables: echo(n: $n, status: $status, tags: ["x", "y"])
              defaults: echo(n: 1)
            }
            """;

        var json = await Run.Json(Shop, Query, Run.Variables("""{"n": 42, "status": "PARTLY_FILLED"}"""));

        Assert.Equal(
            """{"data":{"literal":"n=5 status=Open tags=single when=2024-05-01T10:00:00Z","variables":"n=42 status=PartlyFilled tags=x,y when=none","defaults":"n=1 status=Open tags= when=none"}}""",
            json);
    }

    [Fact]
    public async Task InputObject_WithFactoryAndDefaults_IsBuiltForTheResolver() =>
        Assert.Equal(
            """{"data":{"place":"BUY 1.5 @ 100.25 (GTC)","viaVariable":"SELL 2 @ 99 (IOC)"}}""",
            await Run.Json(
                Shop,
                """
                query ($o: OrderInput!) {
                  place(order: {side: "BUY", quantity: "1.5", price: 100.25})
                  viaVariable: place(order: $o)
                }
                """,
                Run.Variables("""{"o": {"side": "SELL", "quantity": 2, "price": "99", "timeInForce": "IOC"}}""")));

    [Fact]
    public async Task Variables_InvalidValues_AreRequestErrorsWithoutData()
    {
        const string Query = "query ($n: Int!, $o: OrderInput) { echo(n: $n) place(order: $o) }";

        Assert.Equal(
            """{"errors":[{"message":"Variable \"$n\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]}]}""",
            await Run.Json(Shop, Query, Run.Variables("{}")));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$n\" got invalid value \"x\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]}]}""",
            await Run.Json(Shop, Query, Run.Variables("""{"n": "x"}""")));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$o\" got invalid value \"lots\" at \"o.quantity\"; Decimal cannot represent value: \"lots\"","locations":[{"line":1,"column":18}]}]}""",
            await Run.Json(Shop, Query, Run.Variables("""{"n": 1, "o": {"side": "BUY", "quantity": "lots", "price": 1}}""")));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$o\" got invalid value {}; Field \"side\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":18}]},{"message":"Variable \"$o\" got invalid value {}; Field \"quantity\" of required type \"Decimal!\" was not provided.","locations":[{"line":1,"column":18}]},{"message":"Variable \"$o\" got invalid value {}; Field \"price\" of required type \"Decimal!\" was not provided.","locations":[{"line":1,"column":18}]}]}""",
            await Run.Json(Shop, Query, Run.Variables("""{"n": 1, "o": {}}""")));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$o\" got invalid value { side: \"B\", quantity: 1, price: 1, extra: 1, quantty: 2 }; Field \"extra\" is not defined by type \"OrderInput\".","locations":[{"line":1,"column":18}]},{"message":"Variable \"$o\" got invalid value { side: \"B\", quantity: 1, price: 1, extra: 1, quantty: 2 }; Field \"quantty\" is not defined by type \"OrderInput\". Did you mean \"quantity\"?","locations":[{"line":1,"column":18}]}]}""",
            await Run.Json(Shop, Query, Run.Variables("""{"n": 1, "o": {"side": "B", "quantity": 1, "price": 1, "extra": 1, "quantty": 2}}""")));
    }

    [Fact]
    public async Task SkipAndInclude_WithLiteralsAndVariables_SelectFields()
    {
        const string Query = "query ($yes: Boolean!) { a @skip(if: true) b @include(if: $yes) c @skip(if: $yes) ... @include(if: $yes) { order { id } } }";

        Assert.Equal("""{"data":{"b":2,"order":{"id":"7"}}}""", await Run.Json(Shop, Query, Run.Variables("""{"yes": true}""")));
        Assert.Equal("""{"data":{"c":true}}""", await Run.Json(Shop, Query, Run.Variables("""{"yes": false}""")));
    }

    [Fact]
    public async Task SameDocument_ExecutedWithDifferentConditions_UsesTheRightCachedPlan()
    {
        var executor = new Executor(Shop);
        var document = GraphQL.Language.Parser.Parse("query ($x: Boolean!) { a @include(if: $x) b }");

        async Task<string> Execute(bool x) => (await executor.ExecuteAsync(new ExecutionRequest
        {
            Document = document,
            Variables = new Dictionary<string, object?> { ["x"] = x },
        })).ToJson();

        Assert.Equal("""{"data":{"a":"one","b":2}}""", await Execute(true));
        Assert.Equal("""{"data":{"b":2}}""", await Execute(false));
        Assert.Equal("""{"data":{"a":"one","b":2}}""", await Execute(true));
    }

    [Fact]
    public async Task OperationSelection_ByNameAndErrors()
    {
        const string Document = "query A { a } query B { b }";

        Assert.Equal("""{"data":{"b":2}}""", (await new Executor(Shop).ExecuteAsync(new ExecutionRequest
        {
            Document = GraphQL.Language.Parser.Parse(Document),
            OperationName = "B",
        })).ToJson());
        Assert.Equal(
            """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""",
            (await new Executor(Shop).ExecuteAsync(new ExecutionRequest { Document = GraphQL.Language.Parser.Parse(Document) })).ToJson());
        Assert.Equal(
            """{"errors":[{"message":"Unknown operation named \"C\"."}]}""",
            (await new Executor(Shop).ExecuteAsync(new ExecutionRequest { Document = GraphQL.Language.Parser.Parse(Document), OperationName = "C" })).ToJson());
    }

    [Fact]
    public async Task ResolverException_MessageIsHiddenUnlessExposed()
    {
        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["boom"]}],"data":{"boom":null}}""",
            await Run.Json(Shop, "{ boom }"));
        Assert.Equal(
            """{"errors":[{"message":"disk on fire","locations":[{"line":1,"column":3}],"path":["boom"]}],"data":{"boom":null}}""",
            await Run.Json(Shop, "{ boom }", options: new ExecutionOptions { ExposeExceptionMessages = true }));
    }

    [Fact]
    public async Task GraphQLException_ExtensionsAreSerialized() =>
        Assert.Equal(
            """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"FORBIDDEN","retry":false}}],"data":{"secret":null}}""",
            await Run.Json(Shop, "{ secret }"));

    [Fact]
    public async Task ResultTree_IsNavigableAsDictionariesAndLists()
    {
        var result = await Run.Execute(Shop, "{ order { id } list }");

        var order = Assert.IsType<ResultMap>(result.Data!["order"]);
        Assert.Equal("7", order["id"]);
        Assert.Equal([1, 2, 3], Assert.IsType<ResultList>(result.Data["list"]).Cast<int>());
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task ResultCapturingTheContext_CanUseItWhileItsSelectionsComplete()
    {
        // Each item defers reading the parent's argument until the item's own field resolves.
        var builder = new SchemaBuilder();
        builder.Object<Func<int>>("Item", o => o.Field("value", "Int").Argument("times", "Int!")
            .Resolve(c => c.GetSource<Func<int>>()() * c.Argument<int>("times")));
        builder.Query(q => q.Field("items", "[Item]").Argument("offset", "Int!")
            .Resolve(c => Enumerable.Range(0, 3).Select(i => (Func<int>)(() => i + c.Argument<int>("offset"))).ToArray()));

        var json = await Run.Json(builder.Build(), "{ items(offset: 10) { value(times: 2) } }");

        Assert.Equal("""{"data":{"items":[{"value":20},{"value":22},{"value":24}]}}""", json);
    }

    private static Schema BuildShop()
    {
        var builder = new SchemaBuilder();
        var status = builder.Enum<Status>();
        builder.InputObject("OrderInput", i => i
            .Field("side", "String!")
            .Field("quantity", "Decimal!")
            .Field("price", "Decimal!")
            .Field("timeInForce", "String", f => f.Default("GTC"))
            .Factory(v => $"{v.Get<string>("side")} {v.Get<decimal>("quantity")} @ {v.Get<decimal>("price")} ({v.Get<string>("timeInForce")})"));
        var order = builder.Object("Order", o =>
        {
            o.Field("id", "ID!", _ => 7);
            o.Field("total", "Decimal", _ => 12.50m);
            o.Field("status", NonNull(status), _ => Status.PartlyFilled);
        });
        builder.Query(q =>
        {
            q.Field("a", "String", _ => "one");
            q.Field("b", "Int", _ => 2);
            q.Field("c", "Boolean", _ => true);
            q.Field("order", order, _ => new object());
            q.Field("list", "[Int!]!", _ => new[] { 1, 2, 3 });
            q.Field("echo", "String")
                .Argument("n", "Int!")
                .Argument("status", status, a => a.Default(Status.Open))
                .Argument("tags", "[String]")
                .Argument("when", "DateTime")
                .Resolve(c =>
                    $"n={c.Argument<int>("n")} status={c.Argument<Status>("status")} tags={string.Join(",", c.Arguments.GetList<string>("tags"))} "
                    + $"when={(c.ArgumentOrDefault<DateTime?>("when") is { } when ? GraphQL.Types.BuiltInScalars.DateTime.Serialize(when) : "none")}");
            q.Field("place", "String").Argument("order", "OrderInput").Resolve(c => c.Argument<string>("order"));
            q.Field("boom", "String", _ => throw new InvalidOperationException("disk on fire"));
            q.Field("secret", "String", _ => throw new GraphQLException(
                "Not allowed.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN", ["retry"] = false }));
        });
        return builder.Build();
    }
}

using System.Runtime.CompilerServices;
using GraphQL.Building;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private static readonly Schema Market = BuildMarket();

    [Fact]
    public async Task Subscribe_MapsEverySourceEventThroughTheSelectionSet()
    {
        var result = await new Executor(Market).SubscribeAsync(new ExecutionRequest
        {
            Document = Parser.Parse("subscription ($s: String!) { ticks(symbol: $s) { symbol price } }"),
            Variables = new Dictionary<string, object?> { ["s"] = "BTC" },
        });

        Assert.True(result.IsSuccess);
        var responses = new List<string>();
        await foreach (var response in result.Stream!)
            responses.Add(response.ToJson());
        Assert.Equal(
            [
                """{"data":{"ticks":{"symbol":"BTC","price":"100.5"}}}""",
                """{"data":{"ticks":{"symbol":"BTC","price":"101.0"}}}""",
                """{"data":{"ticks":{"symbol":"BTC","price":"99.75"}}}""",
            ],
            responses);
    }

    [Fact]
    public async Task Subscribe_FieldWithOwnResolver_ResolvesFromTheEvent()
    {
        var result = await new Executor(Market).SubscribeAsync(new ExecutionRequest { Document = Parser.Parse("subscription { count }") });

        var responses = new List<string>();
        await foreach (var response in result.Stream!)
            responses.Add(response.ToJson());
        Assert.Equal(["""{"data":{"count":1}}""", """{"data":{"count":2}}"""], responses);
    }

    [Fact]
    public async Task Subscribe_SourceFailure_IsReportedWithoutStream()
    {
        var result = await new Executor(Market).SubscribeAsync(new ExecutionRequest { Document = Parser.Parse("subscription { failing }") });

        Assert.False(result.IsSuccess);
        Assert.Equal(
            """{"errors":[{"message":"Market closed.","locations":[{"line":1,"column":16}],"path":["failing"]}]}""",
            result.Error!.ToJson());
    }

    [Fact]
    public async Task PreparedOperation_ExecutesOneEventOnceForManySubscribers()
    {
        var executor = new Executor(Market);
        Assert.True(executor.TryPrepare(
            new ExecutionRequest { Document = Parser.Parse("subscription { ticks(symbol: \"ETH\") { price } }") },
            out var operation,
            out _));

        var bytes = (await operation!.ExecuteEventAsync(new Tick("ETH", 3.25m))).ToUtf8Bytes();

        Assert.Equal("""{"data":{"ticks":{"price":"3.25"}}}""", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(OperationType.Subscription, operation.OperationType);
    }

    [Fact]
    public async Task Subscribe_ToQuery_IsRejected()
    {
        var result = await new Executor(Market).SubscribeAsync(new ExecutionRequest { Document = Parser.Parse("{ now }") });

        Assert.Equal("""{"errors":[{"message":"The operation is not a subscription."}]}""", result.Error!.ToJson());
    }

    private static Schema BuildMarket()
    {
        var builder = new SchemaBuilder();
        builder.Object<Tick>("Tick", o =>
        {
            o.Field("symbol", "String!", t => t.Symbol);
            o.Field("price", "Decimal!", t => t.Price);
        });
        builder.Query(q => q.Field("now", "String", _ => "now"));
        builder.Subscription(s =>
        {
            s.Field("ticks", "Tick!").Argument("symbol", "String!").Subscribe(c => Ticks(c.Argument<string>("symbol")));
            s.Field("count", "Int").Subscribe(_ => Numbers()).Resolve(c => c.Source);
            s.Field("failing", "Int").SubscribeAsync(_ => throw new GraphQLException("Market closed."));
        });
        return builder.Build();
    }

    private static async IAsyncEnumerable<object?> Ticks(string symbol, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var price in new[] { 100.5m, 101.0m, 99.75m })
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Tick(symbol, price);
        }
    }

    private static async IAsyncEnumerable<object?> Numbers()
    {
        await Task.Yield();
        yield return 1;
        yield return 2;
    }

    private sealed record Tick(string Symbol, decimal Price);
}

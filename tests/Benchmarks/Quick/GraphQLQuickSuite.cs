using System.Diagnostics;
using Benchmarks.GraphQL;
using GraphQL.Execution;

namespace Benchmarks.Quick;

/// <summary>
/// The GraphQL engine and transports: a three-field query over HTTP against our server and against graphql-js served by
/// graphql-http on Node (same load generator, same run), the engine alone, and WebSocket fan-out latency to 1,000 subscribers.
/// </summary>
public sealed class GraphQLQuickSuite : IQuickSuite
{
    private const int Connections = 32;
    private const int Subscribers = 1_000;
    private const int EventsPerSecond = 10;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    public string Name => "graphql";

    public async Task<QuickReport> RunAsync(CancellationToken cancellationToken)
    {
        var packages = NodeReferenceServer.FindPackages()
            ?? throw new InvalidOperationException("The Node packages are missing: run `npm ci --prefix tests/GraphQL.Conformance` from the repository root first.");
        var events = new BenchEvents();
        var schema = BenchSchema.Create(events);

        var executeMicros = await ExecuteMicrosecondsAsync(new RequestExecutor(schema));
        double ours;
        (double P50Ms, double P99Ms, long Deliveries) fanout;
        await using (var server = await BenchServer.StartAsync(schema))
        {
            ours = await HttpLoadGenerator.RequestsPerSecondAsync(server.GraphQLUri, BenchSchema.SimpleQuery, Connections, WarmUp, Window);
            fanout = await FanOutLoad.RunAsync(server.GraphQLUri, events, Subscribers, EventsPerSecond, TimeSpan.FromSeconds(5));
        }

        double reference;
        using (var node = await NodeReferenceServer.StartAsync(packages, BenchSchema.QuerySdl))
            reference = await HttpLoadGenerator.RequestsPerSecondAsync(node.GraphQLUri, BenchSchema.SimpleQuery, Connections, WarmUp, Window);

        return new QuickReport(Name)
            .Add("simple_query_per_sec", ours, "requests/s", $"'{BenchSchema.SimpleQuery}' POSTed over HTTP/1.1, {Connections} connections, {Window.TotalSeconds:0} s")
            .Add("graphqljs_simple_query_per_sec", reference, "requests/s", "same query and load generator against graphql-js 16 behind graphql-http's Node handler")
            .Add("simple_query_vs_graphqljs_ratio", ours / reference, "x", "goal >= 2")
            .Add("execute_simple_us", executeMicros, "µs", "engine only: cached document, execute and serialize to UTF-8")
            .Add("fanout_1000_p50_ms", fanout.P50Ms, "ms", $"{Subscribers} WebSocket subscribers, {EventsPerSecond} events/s, {fanout.Deliveries} deliveries")
            .Add("fanout_1000_p99_ms", fanout.P99Ms, "ms", "publish to receipt, client and server in one process");
    }

    private static async Task<double> ExecuteMicrosecondsAsync(RequestExecutor executor)
    {
        var request = new GraphQLRequest { Query = BenchSchema.SimpleQuery };
        for (var i = 0; i < 100_000; i++)
            (await executor.ExecuteAsync(request)).ToUtf8Bytes();
        const int Runs = 1_000_000;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < Runs; i++)
            (await executor.ExecuteAsync(request)).ToUtf8Bytes();
        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / Runs;
    }
}

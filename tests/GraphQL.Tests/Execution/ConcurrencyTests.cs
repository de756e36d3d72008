using System.Collections.Concurrent;
using GraphQL.Building;

namespace GraphQL.Tests.Execution;

/// <summary>Queries resolve independent asynchronous fields concurrently; mutations run root fields one after another.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Query_AsyncSiblings_RunConcurrently()
    {
        // "first" can only finish once "second" has started: a serial executor would never complete.
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = new SchemaBuilder();
        builder.Query(q =>
        {
            q.Field("first", "String").ResolveAsync(async _ =>
            {
                await secondStarted.Task;
                return "first";
            });
            q.Field("second", "String").ResolveAsync(_ =>
            {
                secondStarted.SetResult();
                return new ValueTask<object?>("second");
            });
        });

        var json = await Run.Json(builder.Build(), "{ first second }").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("""{"data":{"first":"first","second":"second"}}""", json);
    }

    [Fact]
    public async Task Query_CancelledWhileAwaitingResolvers_StopsWithCancellation()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<object?>();
        var builder = new SchemaBuilder();
        builder.Query(q => q.Field("stuck", "String").ResolveAsync(_ =>
        {
            started.SetResult();
            return new ValueTask<object?>(never.Task);
        }));
        using var cancellation = new CancellationTokenSource();
        var document = GraphQL.Language.Parser.Parse("{ stuck }");

        var execution = new GraphQL.Execution.Executor(builder.Build())
            .ExecuteAsync(new GraphQL.Execution.ExecutionRequest { Document = document }, cancellation.Token).AsTask();
        await started.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }

    [Fact]
    public async Task Mutation_RootFields_RunSeriallyInDocumentOrder()
    {
        var log = new ConcurrentQueue<string>();
        var builder = new SchemaBuilder();
        builder.Query(q => q.Field("ok", "Boolean", _ => true));
        builder.Mutation(m =>
        {
            foreach (var name in new[] { "a", "b", "c" })
            {
                m.Field(name, "String").ResolveAsync(async _ =>
                {
                    log.Enqueue("start " + name);
                    await Task.Yield();
                    await Task.Yield();
                    log.Enqueue("end " + name);
                    return name;
                });
            }
        });

        var json = await Run.Json(builder.Build(), "mutation { c a b }");

        Assert.Equal("""{"data":{"c":"c","a":"a","b":"b"}}""", json);
        Assert.Equal(["start c", "end c", "start a", "end a", "start b", "end b"], log);
    }

    [Fact]
    public async Task Mutation_NonNullRootFailure_StopsLaterFieldsAndNullsData()
    {
        var executed = new ConcurrentQueue<string>();
        var builder = new SchemaBuilder();
        builder.Query(q => q.Field("ok", "Boolean", _ => true));
        builder.Mutation(m =>
        {
            m.Field("first", "String!").ResolveAsync(async _ =>
            {
                executed.Enqueue("first");
                await Task.Yield();
                return null;
            });
            m.Field("second", "String", _ =>
            {
                executed.Enqueue("second");
                return "second";
            });
        });

        var json = await Run.Json(builder.Build(), "mutation { first second }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Mutation.first.","locations":[{"line":1,"column":12}],"path":["first"]}],"data":null}""",
            json);
        Assert.Equal(["first"], executed);
    }
}

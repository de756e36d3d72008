using System.Text.Json;

namespace GraphQL.AspNetCore.Tests;

/// <summary>graphql-js, the graphql-http audits and the graphql-ws client against our server (Node packages from tests/GraphQL.Conformance).</summary>
[Collection(ServerCollection.Name)]
public sealed class ConformanceTests(ServerFixture server)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Introspection_IsAcceptedByGraphQLJsBuildClientSchemaAndValidateSchema()
    {
        var output = await NodeRunner.RunAsync("introspection.mjs", Timeout, server.GraphQLUri.ToString());

        using var result = JsonDocument.Parse(output);
        Assert.Empty(result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.True(result.RootElement.GetProperty("types").GetInt32() > 10, output);
    }

    [Fact]
    public async Task GraphQLHttpAudit_PassesEveryMustAndShould()
    {
        var output = await NodeRunner.RunAsync("audit.mjs", Timeout, server.GraphQLUri.ToString());

        using var results = JsonDocument.Parse(output);
        var audits = results.RootElement.EnumerateArray().ToList();
        var failures = audits
            .Where(a => a.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal) || a.GetProperty("name").GetString()!.StartsWith("SHOULD", StringComparison.Ordinal))
            .Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("name").GetString()}: {a.GetProperty("reason")}")
            .ToList();
        Assert.True(audits.Count > 30, output);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task GraphQLWsClient_SubscribesReceivesEventsAndCompletes()
    {
        var output = await NodeRunner.RunAsync("subscribe.mjs", Timeout, server.WebSocketUri.ToString(), "subscription { ticks(count: 3) }");

        Assert.Equal("""{"events":[{"data":{"ticks":1}},{"data":{"ticks":2}},{"data":{"ticks":3}}]}""", output.Trim());
    }
}

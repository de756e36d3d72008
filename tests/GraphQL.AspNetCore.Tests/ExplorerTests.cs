namespace GraphQL.AspNetCore.Tests;

[Collection(ServerCollection.Name)]
public sealed class ExplorerTests(ServerFixture server)
{
    private readonly HttpClient _client = new() { BaseAddress = server.BaseAddress };

    [Fact]
    public async Task ExplorerPage_ReferencesLocalScriptsOnly_AndServesThem()
    {
        if (!Directory.Exists(Path.Combine(NodeRunner.ConformanceFolder, "..", "..", "lib", "GraphQL.AspNetCore", "Explorer", "node_modules", "graphiql")))
            throw new InvalidOperationException("GraphiQL is missing: run `npm ci --prefix lib/GraphQL.AspNetCore/Explorer` and rebuild.");

        var html = await _client.GetStringAsync("/graphql/ui");

        Assert.Contains("src=\"/graphql/ui/graphiql.min.js\"", html);
        Assert.Contains("new URL('/graphql'", html);
        Assert.DoesNotContain("https://", html);
        var script = await _client.GetAsync("/graphql/ui/graphiql.min.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/graphql/ui/secret.txt")).StatusCode);
    }
}

using GraphQL.AspNetCore;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Benchmarks.GraphQL;

/// <summary>Our GraphQL endpoint on Kestrel at 127.0.0.1 (HTTP and WebSocket at /graphql).</summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, Uri uri)
    {
        _app = app;
        GraphQLUri = uri;
    }

    public Uri GraphQLUri { get; }

    public static async Task<BenchServer> StartAsync(Schema schema)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL("/graphql", schema);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchServer(app, new Uri(new Uri(address), "/graphql"));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

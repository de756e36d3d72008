using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 serving <see cref="TestSchema"/> at /graphql (HTTP and WebSocket) and the explorer at /graphql/ui.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string ForbiddenToken = "let-me-in-not";

    private WebApplication? _app;

    public EventBroadcaster Events { get; } = new();

    public Schema Schema { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GraphQLUri => new(BaseAddress, "/graphql");

    public Uri WebSocketUri => new UriBuilder(GraphQLUri) { Scheme = "ws" }.Uri;

    public async Task InitializeAsync()
    {
        Schema = TestSchema.Create(Events);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.UseWebSockets();
        _app.MapGraphQL("/graphql", Schema, new GraphQLEndpointOptions
        {
            ConnectionInitTimeout = TimeSpan.FromSeconds(2),
            ConnectionInitHandler = (_, payload) =>
                ValueTask.FromResult(payload is null || !payload.TryGetValue("token", out var token) || (token as string) != ForbiddenToken),
        });
        _app.MapGraphQLExplorer("/graphql/ui");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}

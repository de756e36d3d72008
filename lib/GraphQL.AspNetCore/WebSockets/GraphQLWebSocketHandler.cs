using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket upgrades speaking graphql-transport-ws and runs one connection per socket.</summary>
internal sealed class GraphQLWebSocketHandler(RequestExecutor executor, GraphQLEndpointOptions options)
{
    public const string Subprotocol = "graphql-transport-ws";

    private readonly SubscriptionHub _hub = new(executor.Options.Execution);

    /// <summary>The shared subscriptions, for diagnostics and tests.</summary>
    public SubscriptionHub Hub => _hub;

    public async Task HandleAsync(HttpContext context)
    {
        var offersProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offersProtocol ? Subprotocol : null).ConfigureAwait(false);
        if (!offersProtocol)
        {
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", CancellationToken.None).ConfigureAwait(false);
            return;
        }

        await new GraphQLWebSocketConnection(socket, context, executor, options, _hub).RunAsync().ConfigureAwait(false);
    }
}

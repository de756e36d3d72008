using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Api.Tests;

/// <summary>A minimal graphql-transport-ws client over <see cref="ClientWebSocket"/>.</summary>
internal sealed class GraphQLSocket : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    /// <summary>Connects and sends <c>connection_init</c> with the token; returns the first message (ack or close).</summary>
    public static async Task<(GraphQLSocket Socket, JsonElement? Ack)> ConnectAsync(Uri graphql, string? token)
    {
        var socket = new GraphQLSocket();
        socket._socket.Options.AddSubProtocol("graphql-transport-ws");
        var ws = new UriBuilder(graphql) { Scheme = "ws" }.Uri;
        await socket._socket.ConnectAsync(ws, CancellationToken.None);
        object payload = token is null ? new { } : new { Authorization = "Bearer " + token };
        await socket.SendAsync(new { type = "connection_init", payload });
        return (socket, await socket.ReceiveAsync());
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>Ends the operation <paramref name="id"/> from the client side.</summary>
    public Task CompleteAsync(string id) => SendAsync(new { id, type = "complete" });

    /// <summary>
    /// Sends <c>ping</c> and waits for its <c>pong</c>: the server handles a connection's messages in order, so everything
    /// sent before has been handled by then. Fails if anything else arrives first.
    /// </summary>
    public async Task PingAsync()
    {
        await SendAsync(new { type = "ping" });
        var reply = await ReceiveAsync() ?? throw new InvalidOperationException("socket closed before pong");
        Assert.Equal("pong", reply.GetProperty("type").GetString());
    }

    /// <summary>The next message, or null when the server closed the socket; fails the test after 30 s of silence.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
        }
    }

    private Task SendAsync(object message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        _socket.Dispose();
    }
}

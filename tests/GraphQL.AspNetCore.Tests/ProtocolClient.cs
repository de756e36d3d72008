using System.Net.WebSockets;
using System.Text;

namespace GraphQL.AspNetCore.Tests;

/// <summary>A raw graphql-transport-ws client for protocol tests: sends text, receives text or the close status, each bounded by a timeout.</summary>
public sealed class ProtocolClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    public static async Task<ProtocolClient> ConnectAsync(Uri uri, string? subprotocol = "graphql-transport-ws")
    {
        var client = new ProtocolClient();
        if (subprotocol is not null)
            client._socket.Options.AddSubProtocol(subprotocol);
        using var cancel = new CancellationTokenSource(Timeout);
        await client._socket.ConnectAsync(uri, cancel.Token);
        return client;
    }

    public static async Task<ProtocolClient> ConnectAndInitAsync(Uri uri)
    {
        var client = await ConnectAsync(uri);
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveAsync());
        return client;
    }

    public Task SendAsync(string message)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        return _socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, cancel.Token);
    }

    /// <summary>The next text message, or <c>close:CODE</c> when the server closed the connection.</summary>
    public async Task<string> ReceiveAsync()
    {
        using var cancel = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return "close:" + (int)_socket.CloseStatus!.Value;
            length += result.Count;
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(buffer, 0, length);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cancel = new CancellationTokenSource(Timeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cancel.Token);
            }
            catch (WebSocketException)
            {
                // The server may already be gone.
            }
        }

        _socket.Dispose();
    }
}

using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: a receive loop that follows the protocol and a single send loop fed by a queue, since a
/// WebSocket allows one send at a time and events for many operations arrive concurrently.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection(
    WebSocket socket, HttpContext context, RequestExecutor executor, GraphQLEndpointOptions options, SubscriptionHub hub)
{
    private const int MaxQueuedMessages = 10_000;
    private const int MaxMessageBytes = 1 << 20;

    private readonly Channel<OutboundMessage> _outbound = Channel.CreateBounded<OutboundMessage>(
        new BoundedChannelOptions(MaxQueuedMessages) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Dictionary<string, Subscriber?> _operations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _closing = new();
    private int _initState; // 0 none, 1 init received, 2 acknowledged
    private object? _userContext;

    /// <summary>Runs the connection until either side closes it.</summary>
    public async Task RunAsync()
    {
        var sender = SendLoopAsync();
        var initTimeout = InitTimeoutAsync();
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            EndAll();
            _outbound.Writer.TryComplete();
            await sender.ConfigureAwait(false);
            _closing.Cancel();
            await initTimeout.ConfigureAwait(false);
            _closing.Dispose();
        }
    }

    /// <summary>Queues a message; a client too slow to keep up with its queue is disconnected.</summary>
    public void Enqueue(OutboundMessage message)
    {
        if (!_outbound.Writer.TryWrite(message) && message.CloseCode == 0)
            Abort(CloseCodes.InternalError, "Too many pending messages");
    }

    /// <summary>Removes an operation and says whether it was still active.</summary>
    public bool EndOperation(string id)
    {
        lock (_lock)
            return _operations.Remove(id);
    }

    private void Abort(int code, string reason)
    {
        _outbound.Writer.TryWrite(OutboundMessage.Close(code, reason));
        _outbound.Writer.TryComplete();
    }

    private async Task InitTimeoutAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _closing.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initState) == 0)
            Abort(CloseCodes.InitTimeout, "Connection initialisation timeout");
    }

    private async Task SendLoopAsync()
    {
        try
        {
            await foreach (var message in _outbound.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (message.CloseCode != 0)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                        await socket.CloseAsync((WebSocketCloseStatus)message.CloseCode, message.CloseReason, CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                if (!message.Prefix.IsEmpty)
                    await socket.SendAsync(message.Prefix, WebSocketMessageType.Text, false, CancellationToken.None).ConfigureAwait(false);
                await socket.SendAsync(message.Payload, WebSocketMessageType.Text, message.Suffix.IsEmpty, CancellationToken.None).ConfigureAwait(false);
                if (!message.Suffix.IsEmpty)
                    await socket.SendAsync(message.Suffix, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer went away; the receive loop sees it too and ends the connection.
        }
        finally
        {
            _outbound.Writer.TryComplete();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                        Abort((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "");
                    return;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    Abort(CloseCodes.BadRequest, "Message too large");
                    return;
                }

                if (!result.EndOfMessage)
                    continue;
                if (!await HandleMessageAsync(buffer.WrittenMemory).ConfigureAwait(false))
                    return;
                buffer.ResetWrittenCount();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Connection dropped without a close handshake.
        }
    }

    private void EndAll()
    {
        Subscriber?[] active;
        lock (_lock)
        {
            active = [.. _operations.Values];
            _operations.Clear();
        }

        foreach (var subscriber in active)
        {
            if (subscriber is not null)
                hub.Leave(subscriber);
        }
    }
}

using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Benchmarks.GraphQL;

/// <summary>
/// Many graphql-transport-ws subscribers of one subscription; events are published at a fixed rate carrying their publish
/// timestamp, and every delivery's latency (publish to the subscriber's receive) is recorded.
/// </summary>
public static class FanOutLoad
{
    public static async Task<(double P50Ms, double P99Ms, long Deliveries)> RunAsync(Uri graphQLUri, BenchEvents events, int subscribers, int eventsPerSecond, TimeSpan duration)
    {
        var wsUri = new UriBuilder(graphQLUri) { Scheme = "ws" }.Uri;
        var sockets = new ClientWebSocket[subscribers];
        var latencies = new List<double>[subscribers];
        for (var i = 0; i < subscribers; i += 50)
        {
            await Task.WhenAll(Enumerable.Range(i, Math.Min(50, subscribers - i)).Select(async k =>
            {
                var socket = sockets[k] = new ClientWebSocket();
                socket.Options.AddSubProtocol("graphql-transport-ws");
                await socket.ConnectAsync(wsUri, CancellationToken.None);
                await SendAsync(socket, "{\"type\":\"connection_init\"}");
                await ReceiveAsync(socket, new byte[4096]);
                await SendAsync(socket, "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { tick }\"}}");
                latencies[k] = new List<double>(eventsPerSecond * (int)duration.TotalSeconds + 4);
            }));
        }

        var receivers = Enumerable.Range(0, subscribers).Select(k => Task.Run(() => ReceiveLoopAsync(sockets[k], latencies[k]))).ToArray();
        // The shared stream starts on the thread pool after the first subscribe; give it a moment before the first event.
        await Task.Delay(500);
        var interval = TimeSpan.FromSeconds(1.0 / eventsPerSecond);
        var count = (int)(duration.TotalSeconds * eventsPerSecond);
        var start = Stopwatch.GetTimestamp();
        for (var e = 0; e < count; e++)
        {
            var due = start + (long)(e * interval.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            events.Publish(Stopwatch.GetTimestamp().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Task.Delay(1000);
        foreach (var socket in sockets)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }

        await Task.WhenAll(receivers);
        foreach (var socket in sockets)
            socket.Dispose();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        if (all.Length == 0)
            throw new InvalidOperationException("no subscriber received an event");
        return (all[all.Length / 2], all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))], all.Length);
    }

    private static async Task ReceiveLoopAsync(ClientWebSocket socket, List<double> latencies)
    {
        var buffer = new byte[4096];
        while (true)
        {
            string message;
            try
            {
                message = await ReceiveAsync(socket, buffer);
            }
            catch (WebSocketException)
            {
                return;
            }

            var received = Stopwatch.GetTimestamp();
            if (message.Length == 0)
                return;
            // {"id":"1","type":"next","payload":{"data":{"tick":"<timestamp>"}}}
            var marker = message.IndexOf("\"tick\":\"", StringComparison.Ordinal);
            if (marker < 0)
                continue;
            var from = marker + 8;
            var sent = long.Parse(message.AsSpan(from, message.IndexOf('"', from) - from), System.Globalization.CultureInfo.InvariantCulture);
            latencies.Add(Stopwatch.GetElapsedTime(sent, received).TotalMilliseconds);
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text message, or empty once the server closes.</summary>
    private static async Task<string> ReceiveAsync(ClientWebSocket socket, byte[] buffer)
    {
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
                return "";
            length += result.Count;
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(buffer, 0, length);
        }
    }
}

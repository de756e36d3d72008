using System.Diagnostics;
using System.Net;
using System.Text;

namespace Benchmarks.GraphQL;

/// <summary>
/// A closed-loop HTTP load generator: N workers over N keep-alive connections each POST the same GraphQL request as fast as
/// answers come back, for a fixed duration after a warm-up; the figure is successful responses per second.
/// </summary>
public static class HttpLoadGenerator
{
    public static async Task<double> RequestsPerSecondAsync(Uri uri, string query, int connections, TimeSpan warmUp, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var body = Encoding.UTF8.GetBytes("{\"query\":\"" + query + "\"}");
        var expected = await SendAsync(client, uri, body);
        if (expected < 0)
            throw new InvalidOperationException($"{uri} did not answer 200 to {query}");

        long counted = 0;
        var measuring = false;
        var stopAt = Stopwatch.GetTimestamp() + (long)((warmUp + duration).TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                if (await SendAsync(client, uri, body) >= 0 && Volatile.Read(ref measuring))
                    Interlocked.Increment(ref counted);
            }
        })).ToArray();
        await Task.Delay(warmUp);
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref measuring, true);
        await Task.WhenAll(workers);
        return Interlocked.Read(ref counted) / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<int> SendAsync(HttpClient client, Uri uri, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content, Version = HttpVersion.Version11 };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK ? bytes.Length : -1;
    }
}

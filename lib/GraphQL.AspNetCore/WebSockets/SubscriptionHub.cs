using GraphQL.Execution;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The shared subscriptions of one endpoint, by key (document, operation name, variables, scope). The first subscriber of a key
/// starts its source stream; the last one to leave stops it.
/// </summary>
internal sealed class SubscriptionHub(ExecutionOptions options)
{
    private readonly Dictionary<string, SharedSubscription> _streams = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many distinct source streams are running.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
                return _streams.Count;
        }
    }

    /// <summary>Joins the stream for <paramref name="key"/>, starting it with <paramref name="operation"/> when there is none.</summary>
    public void Join(string key, PreparedOperation operation, Subscriber subscriber)
    {
        SharedSubscription? started = null;
        lock (_lock)
        {
            if (!_streams.TryGetValue(key, out var stream))
            {
                stream = started = new SharedSubscription(this, key, operation, options);
                _streams[key] = stream;
            }

            stream.Add(subscriber);
            subscriber.Stream = stream;
        }

        if (started is not null)
            _ = Task.Run(started.RunAsync);
    }

    /// <summary>Leaves a stream (the client completed or disconnected); stops it when no one is left.</summary>
    public void Leave(Subscriber subscriber)
    {
        lock (_lock)
        {
            var stream = subscriber.Stream;
            if (stream is null || stream.Closed)
                return;
            if (stream.Remove(subscriber))
            {
                stream.Closed = true;
                _streams.Remove(stream.Key);
                stream.Stop();
            }
        }
    }

    /// <summary>Marks a stream ended and returns the subscribers still on it, to be told.</summary>
    public Subscriber[] Close(SharedSubscription stream, Func<Subscriber[]> subscribers)
    {
        lock (_lock)
        {
            if (!stream.Closed)
            {
                stream.Closed = true;
                _streams.Remove(stream.Key);
            }

            return subscribers();
        }
    }
}

using System.Collections.Concurrent;

namespace VirtualActors.Streams;

/// <summary>The silo's streams. Durable subscriptions live in the storage provider named <see cref="StorageName"/>, or the default one.</summary>
internal sealed class StreamProvider(GrainRuntime runtime) : IStreamProvider
{
    public const string StorageName = "PubSubStore";

    private readonly ConcurrentDictionary<StreamId, StreamChannel> _channels = new();

    public IAsyncStream<T> GetStream<T>(StreamId streamId)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId.Namespace, nameof(streamId));
        ArgumentNullException.ThrowIfNull(streamId.Key, nameof(streamId));
        var channel = _channels.GetOrAdd(streamId, static (id, r) => new StreamChannel(r, id), runtime);
        return new AsyncStream<T>(runtime, channel);
    }
}

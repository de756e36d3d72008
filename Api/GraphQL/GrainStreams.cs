using System.Runtime.CompilerServices;
using System.Threading.Channels;
using VirtualActors.Streams;

namespace SmartMarket.Api.GraphQL;

/// <summary>Turns grain streams into the async sequences GraphQL subscriptions read.</summary>
internal static class GrainStreams
{
    /// <summary>
    /// Subscribes now (before returning) and yields events until the client goes away. <paramref name="capacity"/> bounds
    /// the buffer of a slow client: null keeps everything (account events must not be lost), a number drops the oldest
    /// (a price tick superseded by newer ones is worthless).
    /// </summary>
    public static async Task<ChannelReader<T>> ListenAsync<T>(IStreamProvider streams, IReadOnlyList<StreamId> ids, int? capacity, CancellationToken cancellationToken)
    {
        var channel = capacity is { } size
            ? Channel.CreateBounded<T>(new BoundedChannelOptions(size) { FullMode = BoundedChannelFullMode.DropOldest })
            : Channel.CreateUnbounded<T>();
        var handles = new List<StreamSubscriptionHandle<T>>(ids.Count);
        foreach (var id in ids)
            handles.Add(await streams.GetStream<T>(id).SubscribeAsync(new ChannelObserver<T>(channel.Writer)));
        cancellationToken.Register(() =>
        {
            channel.Writer.TryComplete();
            foreach (var handle in handles)
                _ = handle.UnsubscribeAsync();
        });
        return channel.Reader;
    }

    /// <summary>Reads a channel as the object sequence the engine expects, mapping each item.</summary>
    public static async IAsyncEnumerable<object?> Read<T>(ChannelReader<T> reader, Func<T, object?> map, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in reader.ReadAllAsync(cancellationToken))
        {
            var mapped = map(item);
            if (mapped is not null)
                yield return mapped;
        }
    }

    private sealed class ChannelObserver<T>(ChannelWriter<T> writer) : IAsyncObserver<T>
    {
        public ValueTask OnNextAsync(T item)
        {
            writer.TryWrite(item);
            return ValueTask.CompletedTask;
        }
    }
}

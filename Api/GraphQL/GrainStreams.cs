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
    public static async Task<ChannelReader<T>> ListenAsync<T>(IStreamProvider streams, IReadOnlyList<StreamId> ids, int? capacity, CancellationToken cancellationToken) =>
        (await OpenAsync<T>(streams, ids, capacity, cancellationToken)).Reader;

    /// <summary>
    /// Like <see cref="ListenAsync{T}"/>, but returns the fan-in itself so that more streams can be added while it is read.
    /// It closes when <paramref name="cancellationToken"/> fires, or at once when a first subscription fails.
    /// </summary>
    public static async Task<StreamFanIn<T>> OpenAsync<T>(IStreamProvider streams, IReadOnlyList<StreamId> ids, int? capacity, CancellationToken cancellationToken)
    {
        var fanIn = new StreamFanIn<T>(streams, capacity);
        cancellationToken.Register(() => fanIn.Close());
        try
        {
            foreach (var id in ids)
                await fanIn.AddAsync(id);
        }
        catch
        {
            // The engine never cancels a subscription that failed to start, so the ones made so far end here.
            fanIn.Close();
            throw;
        }
        return fanIn;
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
}

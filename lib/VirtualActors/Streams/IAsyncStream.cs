namespace VirtualActors.Streams;

/// <summary>
/// A stream of events of type <typeparamref name="T"/>. Events are delivered to every subscriber in publication order.
/// A subscription made inside a grain is durable: it outlives the activation and the silo, and a later event activates
/// the grain again. A subscription made outside grains lasts until it is unsubscribed or the silo stops.
/// </summary>
public interface IAsyncStream<T>
{
    StreamId StreamId { get; }

    /// <summary>Publishes an event; completes when every subscriber has processed it.</summary>
    ValueTask OnNextAsync(T item);

    Task<StreamSubscriptionHandle<T>> SubscribeAsync(IAsyncObserver<T> observer);

    /// <summary>Inside a grain: this grain's durable subscriptions to this stream (to resume them on activation).</summary>
    Task<IReadOnlyList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandles();
}

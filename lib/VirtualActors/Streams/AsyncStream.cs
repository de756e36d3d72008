using VirtualActors.Runtime;

namespace VirtualActors.Streams;

/// <summary>A typed view of a stream channel.</summary>
internal sealed class AsyncStream<T>(GrainRuntime runtime, StreamChannel channel) : IAsyncStream<T>
{
    public StreamId StreamId => channel.Id;

    public ValueTask OnNextAsync(T item)
    {
        if (!channel.IsLoaded)
            return LoadThenPublishAsync(item);
        var subscriptions = channel.Subscriptions;
        ValueTask[]? pending = null;
        var count = 0;
        for (var i = 0; i < subscriptions.Length; i++)
        {
            var delivery = Deliver(subscriptions[i], item);
            if (delivery.IsCompletedSuccessfully)
                continue;
            pending ??= new ValueTask[subscriptions.Length - i];
            pending[count++] = delivery;
        }
        return pending is null ? default : AwaitAllAsync(pending, count, subscriptions);
    }

    public async Task<StreamSubscriptionHandle<T>> SubscribeAsync(IAsyncObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var id = await channel.SubscribeAsync(observer, CallFrame.Current.Value?.Activation).ConfigureAwait(false);
        return new StreamSubscriptionHandle<T>(channel, id);
    }

    public async Task<IReadOnlyList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandles()
    {
        var activation = CallFrame.Current.Value?.Activation
            ?? throw new InvalidOperationException("GetAllSubscriptionHandles must be called inside a grain");
        await channel.EnsureLoadedAsync().ConfigureAwait(false);
        var handles = new List<StreamSubscriptionHandle<T>>();
        foreach (var s in channel.Subscriptions)
        {
            if (s.IsGrain && s.Id != Guid.Empty && s.Grain == activation.GrainId)
                handles.Add(new StreamSubscriptionHandle<T>(channel, s.Id));
        }
        return handles;
    }

    private ValueTask Deliver(Subscription subscription, T item)
    {
        if (!subscription.IsGrain)
            return ((IAsyncObserver<T>)subscription.Observer!).OnNextAsync(item);
        var delivery = StreamDelivery<T>.Rent();
        delivery.Channel = channel;
        delivery.SubscriptionId = subscription.Id;
        delivery.Item = item;
        return runtime.Deliver(delivery, subscription.Grain, subscription.Class!);
    }

    private async ValueTask LoadThenPublishAsync(T item)
    {
        await channel.EnsureLoadedAsync().ConfigureAwait(false);
        await OnNextAsync(item).ConfigureAwait(false);
    }

    private async ValueTask AwaitAllAsync(ValueTask[] pending, int count, Subscription[] subscriptions)
    {
        for (var i = 0; i < count; i++)
        {
            try
            {
                await pending[i].ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // A failing subscriber must not stop the producer or the other subscribers.
                runtime.Log.StreamDeliveryFailed(e, channel.Id.ToString(), subscriptions.Length > 0 ? subscriptions[0].Grain : default);
            }
        }
    }
}

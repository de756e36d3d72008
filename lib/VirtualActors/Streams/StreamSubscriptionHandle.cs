namespace VirtualActors.Streams;

/// <summary>A subscription to a stream; grains resume it with an observer after activation.</summary>
public sealed class StreamSubscriptionHandle<T>
{
    private readonly StreamChannel _channel;

    internal StreamSubscriptionHandle(StreamChannel channel, Guid subscriptionId)
    {
        _channel = channel;
        SubscriptionId = subscriptionId;
    }

    public Guid SubscriptionId { get; }

    public StreamId StreamId => _channel.Id;

    public Task UnsubscribeAsync() => _channel.UnsubscribeAsync(SubscriptionId);

    /// <summary>Inside the subscribing grain: attaches the observer that receives this subscription's events.</summary>
    public Task<StreamSubscriptionHandle<T>> ResumeAsync(IAsyncObserver<T> observer)
    {
        _channel.Resume(SubscriptionId, observer);
        return Task.FromResult(this);
    }
}

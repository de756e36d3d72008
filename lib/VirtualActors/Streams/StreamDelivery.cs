using VirtualActors.Runtime;

namespace VirtualActors.Streams;

/// <summary>One event delivered to one grain subscriber, as a turn of that grain. Pooled like generated calls.</summary>
internal sealed class StreamDelivery<T> : Request<VoidResult>
{
    private static readonly RequestInfo DeliveryInfo = new("stream", "OnNextAsync", AlwaysInterleave: false, TimeoutSeconds: 0);

    public StreamChannel? Channel;
    public Guid SubscriptionId;
    public T? Item;

    public override RequestInfo Info => DeliveryInfo;

    public static StreamDelivery<T> Rent() => RequestPool<StreamDelivery<T>>.Rent() ?? new StreamDelivery<T>();

    protected override ValueTask<VoidResult> InvokeCore(object grain)
    {
        var observer = Target!.GetStreamObserver(SubscriptionId) as IAsyncObserver<T> ?? grain as IAsyncObserver<T>
            ?? throw new InvalidOperationException(
                $"grain {Target.GrainId} is subscribed to stream {Channel!.Id} but neither resumed the subscription with an " +
                $"observer nor implements IAsyncObserver<{typeof(T).Name}>");
        return TaskAdapters.ToVoid(observer.OnNextAsync(Item!));
    }

    protected override void ClearArguments()
    {
        Channel = null;
        Item = default;
    }

    protected override void ReturnToPool() => RequestPool<StreamDelivery<T>>.Return(this);
}

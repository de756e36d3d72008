namespace VirtualActors.Runtime;

internal sealed partial class Activation
{
    private Dictionary<Guid, object>? _streamObservers;

    internal object? GetStreamObserver(Guid subscriptionId)
    {
        lock (_lock)
            return _streamObservers is not null && _streamObservers.TryGetValue(subscriptionId, out var o) ? o : null;
    }

    internal void AttachStreamObserver(Guid subscriptionId, object observer)
    {
        lock (_lock)
            (_streamObservers ??= [])[subscriptionId] = observer;
    }
}

using SmartMarket.Grains.Strategies;
using VirtualActors.Streams;

namespace SmartMarket.AppHost.Live;

/// <summary>Keeps the last few signals of the account's signal stream for the console.</summary>
internal sealed class SignalLog : IAsyncObserver<SignalEmitted>
{
    private const int Capacity = 6;
    private readonly Lock _gate = new();
    private readonly Queue<SignalEmitted> _recent = new();
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public ValueTask OnNextAsync(SignalEmitted item)
    {
        lock (_gate)
        {
            _recent.Enqueue(item);
            if (_recent.Count > Capacity)
                _recent.Dequeue();
        }
        Interlocked.Increment(ref _count);
        return ValueTask.CompletedTask;
    }

    public SignalEmitted[] Recent()
    {
        lock (_gate)
            return [.. _recent];
    }
}

using System.Collections.Concurrent;
using SmartMarket.Grains;
using SmartMarket.Grains.Strategies;
using VirtualActors;
using VirtualActors.Streams;

namespace SmartMarket.Api.Signals;

/// <summary>
/// The last <see cref="Capacity"/> signals of the accounts it tracks, read from their signal streams on the API side so
/// the strategy grains need not keep them. In memory only: signals from before the process started, or before an
/// account was tracked, are not in it.
/// </summary>
public sealed class SignalLog(GrainRuntime runtime)
{
    /// <summary>Signals kept, all accounts together.</summary>
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<string, bool> _tracked = new(StringComparer.Ordinal);
    private readonly SignalEmitted[] _items = new SignalEmitted[Capacity];
    private readonly Lock _lock = new();
    private int _next;
    private int _count;

    /// <summary>Starts keeping the signals sent to <paramref name="accountId"/>; a second call does nothing.</summary>
    public async Task TrackAsync(string accountId)
    {
        if (!_tracked.TryAdd(accountId, true))
            return;
        await runtime.Streams.GetStream<SignalEmitted>(MarketStreams.SignalsFor(accountId)).SubscribeAsync(new Observer(this));
    }

    /// <summary>The last <paramref name="last"/> signals for any of <paramref name="accounts"/>, oldest first.</summary>
    public IReadOnlyList<SignalEmitted> Recent(int last, IReadOnlySet<string> accounts)
    {
        var picked = new List<SignalEmitted>(Math.Min(last, Capacity));
        lock (_lock)
        {
            for (var i = 1; i <= _count && picked.Count < last; i++)
            {
                var item = _items[(_next - i + Capacity) % Capacity];
                if (accounts.Contains(item.AccountId))
                    picked.Add(item);
            }
        }
        picked.Reverse();
        return picked;
    }

    private void Add(SignalEmitted signal)
    {
        lock (_lock)
        {
            _items[_next] = signal;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
                _count++;
        }
    }

    private sealed class Observer(SignalLog log) : IAsyncObserver<SignalEmitted>
    {
        public ValueTask OnNextAsync(SignalEmitted item)
        {
            log.Add(item);
            return ValueTask.CompletedTask;
        }
    }
}

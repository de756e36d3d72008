using System.Diagnostics;
using SmartMarket.Grains.Accounts;
using VirtualActors.Streams;

namespace Benchmarks.Pipeline;

/// <summary>
/// Watches the account's event stream and times every accepted order from the moment its trade was due. The feed has
/// one trade in flight at a time and a trade's call completes only after the account acknowledged what it caused, so
/// the trade in flight when an order is accepted is the trade that caused it.
/// </summary>
public sealed class OrderProbe : IAsyncObserver<AccountJournalRecord>
{
    private readonly List<long> _latencies = new(100_000);

    /// <summary>Stopwatch timestamp at which the trade in flight was due; set by the feeder before each call.</summary>
    public long Due { get; set; }

    /// <summary>False while warming up: accepted orders then are not timed.</summary>
    public bool Recording { get; set; }

    public int Count => _latencies.Count;

    public void Clear() => _latencies.Clear();

    public ValueTask OnNextAsync(AccountJournalRecord item)
    {
        if (Recording && item.Kind == AccountRecordKind.OrderAccepted)
            _latencies.Add(Stopwatch.GetTimestamp() - Due);
        return ValueTask.CompletedTask;
    }

    /// <summary>The <paramref name="quantile"/> of the recorded latencies in microseconds; NaN when none.</summary>
    public double Percentile(double quantile) => Percentiles.Of(_latencies, quantile);
}

using SmartMarket.Trading.Analytics;

namespace SmartMarket.Grains.Accounts;

/// <summary>
/// The account's equity sampled once per minute of market time (the last value seen in that minute), in a ring of
/// <see cref="Capacity"/> samples: about 2.8 days of live trading, or that many bars of a replay. Risk and performance
/// figures are computed from it. The grain saves the samples changed since its last write (<see cref="TakeUnsaved"/>)
/// with its journal and feeds them back through <see cref="Observe"/> on activation. O(1) and no allocation per update.
/// </summary>
internal sealed class EquityHistory
{
    /// <summary>Samples kept; older ones are dropped.</summary>
    public const int Capacity = 4096;

    private readonly EquityPoint[] _points = new EquityPoint[Capacity];
    private int _next;
    private long _lastMinute = -1;
    // Samples ever appended, and the first of them changed since the last TakeUnsaved (replacing the latest counts).
    private long _appended;
    private long _unsavedFrom;

    /// <summary>Samples held, at most <see cref="Capacity"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Records equity at a market time; a time in the minute of the last sample replaces it, an earlier one is ignored.</summary>
    public void Observe(DateTime time, decimal equity)
    {
        if (equity <= 0m)
            return;
        var minute = time.Ticks / TimeSpan.TicksPerMinute;
        if (minute < _lastMinute)
            return;
        if (minute == _lastMinute)
        {
            var last = (_next - 1 + Capacity) % Capacity;
            if (time >= _points[last].Time)
            {
                _points[last] = new EquityPoint(time, equity);
                _unsavedFrom = Math.Min(_unsavedFrom, _appended - 1);
            }
            return;
        }
        _appended++;
        _points[_next] = new EquityPoint(time, equity);
        _next = (_next + 1) % Capacity;
        if (Count < Capacity)
            Count++;
        _lastMinute = minute;
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the samples appended or replaced since the last call (those still in the ring),
    /// oldest first, and counts them saved. Fed through <see cref="Observe"/> after the earlier ones, they rebuild the ring.
    /// </summary>
    public void TakeUnsaved(List<EquityPoint> into)
    {
        var first = Math.Max(_unsavedFrom, _appended - Count);
        var start = (_next - (int)(_appended - first) + Capacity) % Capacity;
        for (var i = 0L; i < _appended - first; i++)
            into.Add(_points[(int)((start + i) % Capacity)]);
        _unsavedFrom = _appended;
    }

    /// <summary>Counts every sample held as saved (after they were fed back from storage).</summary>
    public void MarkSaved() => _unsavedFrom = _appended;

    /// <summary>The samples, oldest first.</summary>
    public EquityPoint[] ToArray()
    {
        var result = new EquityPoint[Count];
        var start = (_next - Count + Capacity) % Capacity;
        for (var i = 0; i < Count; i++)
            result[i] = _points[(start + i) % Capacity];
        return result;
    }
}

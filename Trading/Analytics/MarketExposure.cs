namespace SmartMarket.Trading.Analytics;

/// <summary>
/// Share of a period during which at least one trade was open: the union of trades' [entry, exit) holding
/// intervals, so overlapping trades in several symbols are not counted twice.
/// </summary>
public sealed class MarketExposure
{
    private readonly List<(long Start, long End)> _intervals = [];

    /// <summary>Records one holding interval (UTC, exit not before entry).</summary>
    public void Add(DateTime entry, DateTime exit)
    {
        if (exit < entry)
            throw new ArgumentException($"exit {exit:O} is before entry {entry:O}", nameof(exit));
        if (exit > entry)
            _intervals.Add((entry.Ticks, exit.Ticks));
    }

    /// <summary>Time covered by the intervals within [start, end] divided by end − start; 0 for an empty period.</summary>
    public double Fraction(DateTime start, DateTime end)
    {
        var span = end.Ticks - start.Ticks;
        if (span <= 0)
            return 0d;
        var sorted = _intervals.ToArray();
        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        long covered = 0;
        var cursor = start.Ticks;
        foreach (var (s, e) in sorted)
        {
            var from = Math.Max(s, cursor);
            var to = Math.Min(e, end.Ticks);
            if (to > from)
            {
                covered += to - from;
                cursor = to;
            }
        }
        return (double)covered / span;
    }
}

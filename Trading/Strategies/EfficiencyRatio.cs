namespace SmartMarket.Trading.Strategies;

/// <summary>
/// Kaufman's efficiency ratio over the last <c>period</c> changes: |net change| / sum of |changes|, 1 for a straight
/// line, near 0 for a market going nowhere (a range). O(1) per update over a ring of closes; the running sum of
/// absolute changes is rebuilt from the ring once per period so rounding never accumulates.
/// </summary>
internal sealed class EfficiencyRatio
{
    private readonly double[] _closes;
    private int _next;
    private int _count;
    private int _sinceRebuild;
    private double _path;

    public EfficiencyRatio(int period)
    {
        OptionChecks.AtLeast(period, 1, nameof(period));
        _closes = new double[period + 1];
    }

    /// <summary>True once period + 1 closes have arrived.</summary>
    public bool IsReady => _count == _closes.Length;

    /// <summary>0..1; 0 when the window did not move at all; NaN before <see cref="IsReady"/>.</summary>
    public double Value
    {
        get
        {
            if (!IsReady)
                return double.NaN;
            var newest = _closes[_next == 0 ? _closes.Length - 1 : _next - 1];
            var oldest = _closes[_next];
            return _path > 0 ? Math.Min(1.0, Math.Abs(newest - oldest) / _path) : 0.0;
        }
    }

    public void Update(double close)
    {
        var length = _closes.Length;
        if (_count > 0)
            _path += Math.Abs(close - _closes[_next == 0 ? length - 1 : _next - 1]);
        if (_count == length)
        {
            // The oldest close leaves the window and takes its change to the next close with it.
            var second = _next + 1 == length ? 0 : _next + 1;
            _path -= Math.Abs(_closes[second] - _closes[_next]);
        }
        else
        {
            _count++;
        }
        _closes[_next] = close;
        _next = _next + 1 == length ? 0 : _next + 1;
        if (++_sinceRebuild == length)
            Rebuild();
    }

    public void Reset()
    {
        _next = 0;
        _count = 0;
        _sinceRebuild = 0;
        _path = 0;
    }

    private void Rebuild()
    {
        _sinceRebuild = 0;
        if (_count < 2)
            return;
        var path = 0.0;
        var start = _count == _closes.Length ? _next : 0;
        var previous = _closes[start];
        for (var k = 1; k < _count; k++)
        {
            var close = _closes[(start + k) % _closes.Length];
            path += Math.Abs(close - previous);
            previous = close;
        }
        _path = path;
    }
}

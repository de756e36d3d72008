namespace SmartMarket.Trading.Smc;

/// <summary>
/// Fractal swings with N bars each side: bar i is a swing high when its high is at least the N highs before it and
/// above the N highs after it (lows mirrored), so of two equal neighbouring highs only the later one counts. It is
/// reported when bar i + N closes, never earlier. Each bar costs 4N comparisons over a ring of the last 2N + 1 bars,
/// without branches in the loop: constant work whatever the length of the stream.
/// </summary>
public sealed class SwingDetector
{
    private readonly double[] _highs;
    private readonly double[] _lows;
    private int _next;

    internal SwingDetector(int length)
    {
        Length = length;
        _highs = new double[2 * length + 1];
        _lows = new double[2 * length + 1];
    }

    /// <summary>N: bars required on each side.</summary>
    public int Length { get; }

    /// <summary>The latest confirmed swing high; <see cref="SwingPoint.Exists"/> is false before the first.</summary>
    public SwingPoint LastHigh { get; private set; }

    /// <summary>The latest confirmed swing low; <see cref="SwingPoint.Exists"/> is false before the first.</summary>
    public SwingPoint LastLow { get; private set; }

    /// <summary>Feeds the newest bar (already in <paramref name="history"/>); reports the swings it confirmed.</summary>
    internal SmcChanges Step(in SmcBar bar, BarHistory history)
    {
        var window = _highs.Length;
        _highs[_next] = bar.High;
        _lows[_next] = bar.Low;
        _next = _next + 1 == window ? 0 : _next + 1;
        if (bar.Index < window - 1)
            return SmcChanges.None;

        // The ring's oldest slot is now _next; the candidate sits N slots after it.
        var center = _next + Length;
        if (center >= window)
            center -= window;
        double high = _highs[center], low = _lows[center];
        bool isHigh = true, isLow = true;
        var slot = _next;
        for (var k = 0; k < Length; k++)
        {
            isHigh &= high >= _highs[slot];
            isLow &= low <= _lows[slot];
            slot = slot + 1 == window ? 0 : slot + 1;
        }
        slot = center + 1 == window ? 0 : center + 1;
        for (var k = 0; k < Length; k++)
        {
            isHigh &= high > _highs[slot];
            isLow &= low < _lows[slot];
            slot = slot + 1 == window ? 0 : slot + 1;
        }
        if (!(isHigh | isLow))
            return SmcChanges.None;

        var index = bar.Index - Length;
        ref readonly var swing = ref history.At(index);
        var changes = SmcChanges.None;
        if (isHigh)
        {
            LastHigh = new SwingPoint(SwingKind.High, swing.Candle.High, index, swing.Candle.OpenTime, bar.CloseTime);
            changes |= SmcChanges.SwingHigh;
        }
        if (isLow)
        {
            LastLow = new SwingPoint(SwingKind.Low, swing.Candle.Low, index, swing.Candle.OpenTime, bar.CloseTime);
            changes |= SmcChanges.SwingLow;
        }
        return changes;
    }

    internal void Clear()
    {
        _next = 0;
        LastHigh = default;
        LastLow = default;
    }
}

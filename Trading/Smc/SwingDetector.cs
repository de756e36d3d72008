namespace SmartMarket.Trading.Smc;

/// <summary>
/// Fractal swings with N bars each side: bar i is a swing high when its high is at least the N highs before it and
/// above the N highs after it (lows mirrored). It is reported when bar i + N closes, never earlier.
/// </summary>
public sealed class SwingDetector
{
    private readonly SlidingExtreme _highs;
    private readonly SlidingExtreme _lows;

    internal SwingDetector(int length)
    {
        Length = length;
        _highs = new SlidingExtreme(2 * length + 1, maximum: true);
        _lows = new SlidingExtreme(2 * length + 1, maximum: false);
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
        var windowStart = bar.Index - 2L * Length;
        _highs.Push(bar.Index, bar.High, windowStart);
        _lows.Push(bar.Index, bar.Low, windowStart);
        if (windowStart < 0)
            return SmcChanges.None;

        var center = bar.Index - Length;
        var changes = SmcChanges.None;
        if (_highs.ExtremeIndex == center)
        {
            ref readonly var swing = ref history.At(center);
            LastHigh = new SwingPoint(SwingKind.High, swing.Candle.High, center, swing.Candle.OpenTime, bar.CloseTime);
            changes |= SmcChanges.SwingHigh;
        }
        if (_lows.ExtremeIndex == center)
        {
            ref readonly var swing = ref history.At(center);
            LastLow = new SwingPoint(SwingKind.Low, swing.Candle.Low, center, swing.Candle.OpenTime, bar.CloseTime);
            changes |= SmcChanges.SwingLow;
        }
        return changes;
    }

    internal void Clear()
    {
        _highs.Clear();
        _lows.Clear();
        LastHigh = default;
        LastLow = default;
    }
}

using System.Runtime.CompilerServices;

namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Exponential moving average with smoothing 2 / (period + 1), seeded with the simple average of the first
/// <see cref="Period"/> values (the usual convention, so the first output equals the SMA).
/// </summary>
public sealed class Ema : IIndicator
{
    private readonly double _alpha;
    private int _count;
    private double _value;

    /// <param name="period">Length of the seed average and of the smoothing; at least 1.</param>
    public Ema(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _alpha = 2.0 / (period + 1);
    }

    public int Period { get; }

    /// <summary>The weight of the newest value, 2 / (period + 1).</summary>
    public double Alpha => _alpha;

    /// <summary>True once <see cref="Period"/> values have arrived.</summary>
    public bool IsReady => _count == Period;

    public double Value => IsReady ? _value : double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        IndicatorGuard.Finite(value, nameof(value));
        if (_count == Period)
        {
            _value += _alpha * (value - _value);
            return;
        }
        // While seeding, _value holds the running sum of the first values.
        _value += value;
        if (++_count == Period)
            _value /= Period;
    }

    public void Reset()
    {
        _count = 0;
        _value = 0;
    }
}

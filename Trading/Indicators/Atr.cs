using System.Runtime.CompilerServices;
using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Average true range with Wilder's smoothing. The first bar's true range is high - low (no previous close);
/// later ones are max(high - low, |high - previous close|, |low - previous close|). The first ATR is the mean of the
/// first <see cref="Period"/> true ranges, later ones atr = (atr * (period - 1) + tr) / period.
/// </summary>
public sealed class Atr
{
    private readonly double _inversePeriod;
    private int _count;
    private bool _hasPrevious;
    private double _previousClose;
    private double _atr;

    /// <param name="period">Number of true ranges averaged; at least 1 (14 is customary).</param>
    public Atr(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _inversePeriod = 1.0 / period;
    }

    public int Period { get; }

    /// <summary>True once <see cref="Period"/> bars have arrived.</summary>
    public bool IsReady => _count == Period;

    public double Value => IsReady ? _atr : double.NaN;

    /// <summary>The true range of the latest bar; NaN before the first.</summary>
    public double TrueRange { get; private set; } = double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double high, double low, double close)
    {
        IndicatorGuard.Finite(high, nameof(high));
        IndicatorGuard.Finite(low, nameof(low));
        IndicatorGuard.Finite(close, nameof(close));
        if (high < low)
            IndicatorGuard.Throw(nameof(high), high, $"high must not be below low ({low}).");

        var range = high - low;
        var tr = _hasPrevious
            ? Math.Max(range, Math.Max(Math.Abs(high - _previousClose), Math.Abs(low - _previousClose)))
            : range;
        _hasPrevious = true;
        _previousClose = close;
        TrueRange = tr;
        if (_count == Period)
        {
            _atr += (tr - _atr) * _inversePeriod;
            return;
        }
        _atr += tr;
        if (++_count == Period)
            _atr *= _inversePeriod;
    }

    /// <summary>Feeds one candle's high, low and close.</summary>
    public void Update(in Candle candle) => Update((double)candle.High, (double)candle.Low, (double)candle.Close);

    public void Reset()
    {
        _count = 0;
        _hasPrevious = false;
        _previousClose = 0;
        _atr = 0;
        TrueRange = double.NaN;
    }
}

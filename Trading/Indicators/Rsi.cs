using System.Runtime.CompilerServices;

namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Relative strength index with Wilder's smoothing: the first averages of gains and losses are simple means of the
/// first <see cref="Period"/> changes, later ones are avg = (avg * (period - 1) + x) / period.
/// Needs period + 1 values. 100 when the window only rose, 0 when it only fell, 50 when it did not move.
/// </summary>
public sealed class Rsi : IIndicator
{
    private readonly double _inversePeriod;
    private int _changes = -1;
    private double _previous;
    private double _avgGain;
    private double _avgLoss;

    /// <param name="period">Number of price changes averaged; at least 1 (14 is customary).</param>
    public Rsi(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _inversePeriod = 1.0 / period;
    }

    public int Period { get; }

    /// <summary>True once <see cref="Period"/> changes, that is period + 1 values, have arrived.</summary>
    public bool IsReady => _changes == Period;

    /// <summary>0..100.</summary>
    public double Value
    {
        get
        {
            if (!IsReady)
                return double.NaN;
            var total = _avgGain + _avgLoss;
            return total > 0 ? 100.0 * _avgGain / total : 50.0;
        }
    }

    /// <summary>Wilder's average gain per bar.</summary>
    public double AverageGain => IsReady ? _avgGain : double.NaN;

    /// <summary>Wilder's average loss per bar, as a positive number.</summary>
    public double AverageLoss => IsReady ? _avgLoss : double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        IndicatorGuard.Finite(value, nameof(value));
        var change = value - _previous;
        _previous = value;
        var gain = Math.Max(change, 0.0);
        var loss = Math.Max(-change, 0.0);
        if (_changes == Period)
        {
            _avgGain += (gain - _avgGain) * _inversePeriod;
            _avgLoss += (loss - _avgLoss) * _inversePeriod;
            return;
        }
        if (++_changes == 0)
            return; // the first value has no change before it
        _avgGain += gain;
        _avgLoss += loss;
        if (_changes == Period)
        {
            _avgGain *= _inversePeriod;
            _avgLoss *= _inversePeriod;
        }
    }

    public void Reset()
    {
        _changes = -1;
        _previous = 0;
        _avgGain = 0;
        _avgLoss = 0;
    }
}

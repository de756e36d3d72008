namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Moving average convergence/divergence: MACD line = EMA(fast) - EMA(slow), signal = EMA(signal) of the MACD line,
/// histogram = MACD - signal. Both price EMAs start on the first value and are SMA-seeded; the signal EMA starts on
/// the first MACD value, so every output is defined after slow + signal - 1 values.
/// </summary>
public sealed class Macd : IIndicator
{
    private readonly Ema _fast;
    private readonly Ema _slow;
    private readonly Ema _signal;
    private double _line;

    /// <param name="fastPeriod">At least 1 and below <paramref name="slowPeriod"/> (12 is customary).</param>
    /// <param name="slowPeriod">26 is customary.</param>
    /// <param name="signalPeriod">At least 1 (9 is customary).</param>
    public Macd(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        IndicatorGuard.Period(fastPeriod, nameof(fastPeriod));
        IndicatorGuard.Period(signalPeriod, nameof(signalPeriod));
        if (slowPeriod <= fastPeriod)
            IndicatorGuard.Throw(nameof(slowPeriod), slowPeriod, $"slowPeriod must be greater than fastPeriod ({fastPeriod}).");
        _fast = new Ema(fastPeriod);
        _slow = new Ema(slowPeriod);
        _signal = new Ema(signalPeriod);
    }

    public int FastPeriod => _fast.Period;

    public int SlowPeriod => _slow.Period;

    public int SignalPeriod => _signal.Period;

    /// <summary>True once the signal line is defined: slow + signal - 1 values.</summary>
    public bool IsReady => _signal.IsReady;

    /// <summary>The MACD line, EMA(fast) - EMA(slow).</summary>
    public double Value => IsReady ? _line : double.NaN;

    /// <summary>EMA of the MACD line.</summary>
    public double Signal => _signal.Value;

    /// <summary>MACD line minus signal line.</summary>
    public double Histogram => IsReady ? _line - _signal.Value : double.NaN;

    public void Update(double value)
    {
        IndicatorGuard.Finite(value, nameof(value));
        _fast.Update(value);
        _slow.Update(value);
        if (!_slow.IsReady)
            return;
        _line = _fast.Value - _slow.Value;
        _signal.Update(_line);
    }

    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
        _line = 0;
    }
}

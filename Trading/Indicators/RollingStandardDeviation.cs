using System.Runtime.CompilerServices;

namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Standard deviation of the last <see cref="Period"/> values, sample (n - 1) or population (n) as chosen.
/// Keeps the mean and the sum of squared deviations with Welford's update over a ring buffer, which never subtracts
/// two large sums, and recomputes both by two passes once per period so rounding cannot accumulate.
/// </summary>
public sealed class RollingStandardDeviation : IIndicator
{
    private readonly double[] _window;
    private readonly double _inversePeriod;
    private readonly double _divisor;
    private int _index;
    private int _count;
    private double _mean;
    private double _m2;

    /// <param name="period">Window length; at least 1 for population, 2 for sample.</param>
    public RollingStandardDeviation(int period, VarianceKind kind)
    {
        if (kind is not (VarianceKind.Sample or VarianceKind.Population))
            IndicatorGuard.Throw(nameof(kind), kind, "kind must be Sample or Population.");
        Period = IndicatorGuard.Period(period, nameof(period), kind == VarianceKind.Sample ? 2 : 1);
        Kind = kind;
        _window = new double[period];
        _inversePeriod = 1.0 / period;
        _divisor = kind == VarianceKind.Sample ? period - 1 : period;
    }

    public int Period { get; }

    public VarianceKind Kind { get; }

    /// <summary>True once <see cref="Period"/> values have arrived.</summary>
    public bool IsReady => _count == _window.Length;

    /// <summary>The standard deviation of the window.</summary>
    public double Value => IsReady ? Math.Sqrt(Variance) : double.NaN;

    /// <summary>The variance of the window (never negative).</summary>
    public double Variance => IsReady ? Math.Max(_m2, 0.0) / _divisor : double.NaN;

    /// <summary>The mean of the window.</summary>
    public double Mean => IsReady ? _mean : double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        IndicatorGuard.Finite(value, nameof(value));
        var window = _window;
        var index = _index;
        if (_count == window.Length)
        {
            // Replace the oldest value: M2 += (new - old) * (new - mean' + old - mean).
            var old = window[index];
            var delta = value - old;
            var mean = _mean + delta * _inversePeriod;
            _m2 += delta * (value - mean + old - _mean);
            _mean = mean;
        }
        else
        {
            var n = ++_count;
            var delta = value - _mean;
            _mean += delta / n;
            _m2 += delta * (value - _mean);
        }
        window[index] = value;
        if (++index == window.Length)
        {
            index = 0;
            (_mean, _m2) = WindowMath.MeanAndSquaredDeviations(window);
        }
        _index = index;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _index = 0;
        _count = 0;
        _mean = 0;
        _m2 = 0;
    }
}

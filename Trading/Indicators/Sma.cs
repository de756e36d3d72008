using System.Runtime.CompilerServices;

namespace SmartMarket.Trading.Indicators;

/// <summary>Simple moving average: the arithmetic mean of the last <see cref="Period"/> values.</summary>
public sealed class Sma : IIndicator
{
    private readonly double[] _window;
    private int _index;
    private int _count;
    private double _sum;

    /// <param name="period">Number of values averaged; at least 1.</param>
    public Sma(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period));
        _window = new double[period];
    }

    public int Period { get; }

    /// <summary>True once <see cref="Period"/> values have arrived.</summary>
    public bool IsReady => _count == _window.Length;

    public double Value => IsReady ? _sum / _window.Length : double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double value)
    {
        IndicatorGuard.Finite(value, nameof(value));
        var window = _window;
        var index = _index;
        _sum += value - window[index];
        window[index] = value;
        if (++index == window.Length)
        {
            index = 0;
            _count = window.Length;
            // A running sum drifts by rounding; re-adding the window once per period keeps it exact at O(1) amortised cost.
            _sum = WindowMath.Sum(window);
        }
        else if (_count < index)
        {
            _count = index;
        }
        _index = index;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _index = 0;
        _count = 0;
        _sum = 0;
    }
}

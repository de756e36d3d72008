using System.Runtime.CompilerServices;

namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Pearson correlation of two series over the last <see cref="Period"/> pairs. Co-moments are kept in deviation form
/// (Welford) and recomputed by two passes once per period, so there is no cancellation between large sums.
/// <see cref="Value"/> is NaN while either series is constant over the window, where correlation is undefined.
/// </summary>
public sealed class RollingCorrelation
{
    // A variance below (relative 1e-12 of the mean)² is rounding noise of a constant series, not movement.
    private const double FlatTolerance = 1e-24;

    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double _inversePeriod;
    private int _index;
    private int _count;
    private double _meanX;
    private double _meanY;
    private double _sxx;
    private double _syy;
    private double _sxy;

    /// <param name="period">Number of pairs; at least 2.</param>
    public RollingCorrelation(int period)
    {
        Period = IndicatorGuard.Period(period, nameof(period), 2);
        _x = new double[period];
        _y = new double[period];
        _inversePeriod = 1.0 / period;
    }

    public int Period { get; }

    /// <summary>True once <see cref="Period"/> pairs have arrived.</summary>
    public bool IsReady => _count == _x.Length;

    /// <summary>-1..1; NaN before ready or while either series is flat.</summary>
    public double Value
    {
        get
        {
            if (!IsReady || IsFlat(_sxx, _meanX) || IsFlat(_syy, _meanY))
                return double.NaN;
            return Math.Clamp(_sxy / Math.Sqrt(_sxx * _syy), -1.0, 1.0);
        }
    }

    /// <summary>Sample covariance (n - 1) of the window.</summary>
    public double Covariance => IsReady ? _sxy / (_x.Length - 1) : double.NaN;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double x, double y)
    {
        IndicatorGuard.Finite(x, nameof(x));
        IndicatorGuard.Finite(y, nameof(y));
        var index = _index;
        if (_count == _x.Length)
        {
            var oldX = _x[index];
            var oldY = _y[index];
            var dx = x - oldX;
            var dy = y - oldY;
            var meanX = _meanX + dx * _inversePeriod;
            var meanY = _meanY + dy * _inversePeriod;
            _sxx += dx * (x - meanX + oldX - _meanX);
            _syy += dy * (y - meanY + oldY - _meanY);
            _sxy += dx * (y - meanY) + (oldX - _meanX) * dy;
            _meanX = meanX;
            _meanY = meanY;
        }
        else
        {
            var n = ++_count;
            var dx = x - _meanX;
            var dy = y - _meanY;
            _meanX += dx / n;
            _meanY += dy / n;
            _sxx += dx * (x - _meanX);
            _syy += dy * (y - _meanY);
            _sxy += dx * (y - _meanY);
        }
        _x[index] = x;
        _y[index] = y;
        if (++index == _x.Length)
        {
            index = 0;
            Recompute();
        }
        _index = index;
    }

    public void Reset()
    {
        Array.Clear(_x);
        Array.Clear(_y);
        _index = 0;
        _count = 0;
        _meanX = _meanY = _sxx = _syy = _sxy = 0;
    }

    private bool IsFlat(double squaredDeviations, double mean) =>
        squaredDeviations <= _x.Length * FlatTolerance * mean * mean;

    private void Recompute()
    {
        (_meanX, _sxx) = WindowMath.MeanAndSquaredDeviations(_x);
        (_meanY, _syy) = WindowMath.MeanAndSquaredDeviations(_y);
        var sxy = 0.0;
        for (var i = 0; i < _x.Length; i++)
            sxy += (_x[i] - _meanX) * (_y[i] - _meanY);
        _sxy = sxy;
    }
}

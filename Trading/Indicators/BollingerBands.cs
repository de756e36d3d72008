namespace SmartMarket.Trading.Indicators;

/// <summary>
/// Bollinger Bands: middle = SMA(period), upper/lower = middle ± k · σ, with σ the population standard deviation of
/// the same window (Bollinger's own definition).
/// </summary>
public sealed class BollingerBands : IIndicator
{
    private readonly RollingStandardDeviation _deviation;

    /// <param name="period">Window length; at least 1 (20 is customary).</param>
    /// <param name="width">Band half-width in standard deviations; positive and finite (2 is customary).</param>
    public BollingerBands(int period = 20, double width = 2.0)
    {
        IndicatorGuard.Period(period, nameof(period));
        if (!(width > 0) || !double.IsFinite(width))
            IndicatorGuard.Throw(nameof(width), width, "width must be a positive finite number of standard deviations.");
        _deviation = new RollingStandardDeviation(period, VarianceKind.Population);
        Width = width;
    }

    public int Period => _deviation.Period;

    /// <summary>Band half-width in standard deviations.</summary>
    public double Width { get; }

    /// <summary>True once <see cref="Period"/> values have arrived.</summary>
    public bool IsReady => _deviation.IsReady;

    /// <summary>The middle band.</summary>
    public double Value => Middle;

    /// <summary>SMA of the window.</summary>
    public double Middle => _deviation.Mean;

    public double Upper => _deviation.Mean + Width * _deviation.Value;

    public double Lower => _deviation.Mean - Width * _deviation.Value;

    /// <summary>Population standard deviation of the window.</summary>
    public double StandardDeviation => _deviation.Value;

    public void Update(double value) => _deviation.Update(value);

    public void Reset() => _deviation.Reset();
}

using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Synthetic;

/// <summary>One symbol's parameters, copied from the options and converted to per-minute units.</summary>
internal sealed class SymbolModel
{
    private const double MinutesPerYear = 365.25 * 24 * 60;

    private readonly double _ticksPerUnit;
    private readonly double _stepsPerUnit;

    public SymbolModel(int index, SyntheticSymbolOptions options, double[] choleskyRow)
    {
        Index = index;
        Symbol = new Symbol(options.Ticker);
        StartPrice = options.StartPrice;
        TickSize = options.TickSize;
        QuantityStep = options.QuantityStep;
        _ticksPerUnit = 1.0 / (double)options.TickSize;
        _stepsPerUnit = 1.0 / (double)options.QuantityStep;
        MeanVolumePerMinute = (double)options.MeanVolumePerMinute;
        Alpha = options.GarchAlpha;
        Beta = options.GarchBeta;
        var sigma = options.AnnualVolatility / Math.Sqrt(MinutesPerYear);
        LongRunVariance = sigma * sigma;
        LongRunSigma = sigma;
        // Choosing ω = V (1 - α - β) makes V the stationary variance of the GARCH process.
        Omega = LongRunVariance * (1 - Alpha - Beta);
        CholeskyRow = choleskyRow;
    }

    public int Index { get; }

    public Symbol Symbol { get; }

    public decimal StartPrice { get; }

    public decimal TickSize { get; }

    public decimal QuantityStep { get; }

    public double MeanVolumePerMinute { get; }

    public double Omega { get; }

    public double Alpha { get; }

    public double Beta { get; }

    public double LongRunVariance { get; }

    public double LongRunSigma { get; }

    /// <summary>Row of the Cholesky factor: this symbol's shock is Σ row[k] · z[k] over the market's independent normals.</summary>
    public double[] CholeskyRow { get; }

    /// <summary>The nearest price on the tick grid, never below one tick.</summary>
    public decimal ToPrice(double logPrice)
    {
        // The upper clamp only keeps the decimal conversion defined; validated settings never come near it.
        var ticks = Math.Clamp(Math.Round(Math.Exp(logPrice) * _ticksPerUnit), 1.0, 1e15);
        return (long)ticks * TickSize;
    }

    /// <summary>A quantity on the step grid, never negative.</summary>
    public decimal ToQuantity(double quantity, bool atLeastOneStep)
    {
        var steps = Math.Min(Math.Round(Math.Max(quantity, 0) * _stepsPerUnit), 1e15);
        return (atLeastOneStep ? Math.Max((long)steps, 1L) : (long)steps) * QuantityStep;
    }
}

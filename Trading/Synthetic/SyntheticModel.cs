namespace SmartMarket.Trading.Synthetic;

/// <summary>
/// The validated, immutable parameters of a synthetic market, shared by every path and stream built from it.
/// Randomness that all symbols share (the regime draw and the independent normals of minute m) comes from the
/// stream (seed, 0, m), so each symbol can replay it on its own without the others.
/// </summary>
internal sealed class SyntheticModel
{
    public const ulong SharedStream = 0;
    public const ulong CandleStreamBase = 1 << 16;
    public const ulong TickStreamBase = 2 << 16;

    public SyntheticModel(SyntheticMarketOptions options)
    {
        options.Validate();
        Seed = options.Seed;
        StartTicks = options.Start.Ticks;
        var cholesky = Cholesky.TryFactor(options.Correlation)!;
        Symbols = new SymbolModel[options.Symbols.Count];
        for (var i = 0; i < Symbols.Length; i++)
            Symbols[i] = new SymbolModel(i, options.Symbols[i], cholesky[i]);
        LeaveProbability =
        [
            1.0 / options.RangeMeanDuration.TotalMinutes,
            1.0 / options.TrendUpMeanDuration.TotalMinutes,
            1.0 / options.TrendDownMeanDuration.TotalMinutes,
        ];
        TrendStrength = options.TrendStrength;
        ReversionPerMinute = 1.0 / options.RangeReversionTime.TotalMinutes;
        IntradayAmplitude = options.IntradayAmplitude;
        PeakHourUtc = options.PeakHourUtc;
        VolumeVolatilityElasticity = options.VolumeVolatilityElasticity;
        MeanTickIntervalTicks = options.MeanTickInterval.Ticks;
    }

    public ulong Seed { get; }

    public long StartTicks { get; }

    public SymbolModel[] Symbols { get; }

    /// <summary>Per-minute chance of leaving each regime, indexed by <see cref="MarketRegime"/>.</summary>
    public double[] LeaveProbability { get; }

    public double TrendStrength { get; }

    public double ReversionPerMinute { get; }

    public double IntradayAmplitude { get; }

    public double PeakHourUtc { get; }

    public double VolumeVolatilityElasticity { get; }

    public long MeanTickIntervalTicks { get; }

    /// <summary>The regime after one minute's draw: leave with the regime's probability, to either other regime alike.</summary>
    public MarketRegime NextRegime(MarketRegime current, double uniform)
    {
        var leave = LeaveProbability[(int)current];
        if (uniform >= leave)
            return current;
        // uniform / leave is again uniform on [0, 1): it picks which of the two other regimes follows.
        var offset = uniform / leave < 0.5 ? 1 : 2;
        return (MarketRegime)(((int)current + offset) % 3);
    }

    /// <summary>Trading activity relative to average: the time-of-day curve times the volatility link.</summary>
    public double Activity(long timeTicks, double variance, double longRunVariance)
    {
        var hour = (double)(timeTicks % TimeSpan.TicksPerDay) / TimeSpan.TicksPerHour;
        var season = 1 + IntradayAmplitude * Math.Cos(2 * Math.PI * (hour - PeakHourUtc) / 24);
        return season * Math.Pow(variance / longRunVariance, 0.5 * VolumeVolatilityElasticity);
    }
}

using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Strategies;

/// <summary>Settings of <see cref="MultiTimeframeTrendStrategy"/>; distances are in ATRs of the timeframe named.</summary>
public sealed record MultiTimeframeTrendStrategyOptions
{
    /// <summary>Names accepted by <see cref="From"/>, besides the <see cref="SymbolSettings"/> overrides.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } =
    [
        nameof(LowerTimeframe), nameof(HigherTimeframe), nameof(FastEmaPeriod), nameof(SlowEmaPeriod), nameof(MinTrendSpreadAtr),
        nameof(EntryEmaPeriod), nameof(RsiPeriod), nameof(PullbackRsi), nameof(AtrPeriod), nameof(StopBufferAtr),
        nameof(MinRiskAtr), nameof(MaxRiskAtr), nameof(FirstTargetReward), nameof(SecondTargetReward),
    ];

    /// <summary>The entry timeframe.</summary>
    public Timeframe LowerTimeframe { get; init; } = Timeframe.H1;

    /// <summary>The trend timeframe; longer than <see cref="LowerTimeframe"/>.</summary>
    public Timeframe HigherTimeframe { get; init; } = Timeframe.H4;

    /// <summary>Fast EMA of the higher timeframe's closes.</summary>
    public int FastEmaPeriod { get; init; } = 20;

    /// <summary>Slow EMA of the higher timeframe's closes.</summary>
    public int SlowEmaPeriod { get; init; } = 50;

    /// <summary>The trend needs the fast EMA at least this far (in higher-timeframe ATRs) from the slow one.</summary>
    public double MinTrendSpreadAtr { get; init; } = 0.5;

    /// <summary>EMA of the lower timeframe that a pullback must reclaim to trigger an entry.</summary>
    public int EntryEmaPeriod { get; init; } = 20;

    /// <summary>Wilder RSI period.</summary>
    public int RsiPeriod { get; init; } = 14;

    /// <summary>A pullback in an uptrend is an RSI below this (above 100 minus it in a downtrend).</summary>
    public double PullbackRsi { get; init; } = 40;

    /// <summary>Wilder ATR period on both timeframes.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>The stop sits this far beyond the pullback's extreme.</summary>
    public double StopBufferAtr { get; init; } = 0.2;

    /// <summary>Entries whose stop is closer than this are skipped.</summary>
    public double MinRiskAtr { get; init; } = 0.3;

    /// <summary>Entries whose stop is further than this are skipped (and the pullback forgotten).</summary>
    public double MaxRiskAtr { get; init; } = 3.0;

    /// <summary>First target in multiples of the risk.</summary>
    public double FirstTargetReward { get; init; } = 1.5;

    /// <summary>Second target in multiples of the risk; beyond the first.</summary>
    public double SecondTargetReward { get; init; } = 3.0;

    /// <summary>Reads the options from <paramref name="parameters"/>, defaults for the missing ones, and validates them.</summary>
    public static MultiTimeframeTrendStrategyOptions From(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var d = new MultiTimeframeTrendStrategyOptions();
        var options = new MultiTimeframeTrendStrategyOptions
        {
            LowerTimeframe = parameters.GetTimeframe(nameof(LowerTimeframe), d.LowerTimeframe),
            HigherTimeframe = parameters.GetTimeframe(nameof(HigherTimeframe), d.HigherTimeframe),
            FastEmaPeriod = parameters.GetInt(nameof(FastEmaPeriod), d.FastEmaPeriod),
            SlowEmaPeriod = parameters.GetInt(nameof(SlowEmaPeriod), d.SlowEmaPeriod),
            MinTrendSpreadAtr = parameters.GetDouble(nameof(MinTrendSpreadAtr), d.MinTrendSpreadAtr),
            EntryEmaPeriod = parameters.GetInt(nameof(EntryEmaPeriod), d.EntryEmaPeriod),
            RsiPeriod = parameters.GetInt(nameof(RsiPeriod), d.RsiPeriod),
            PullbackRsi = parameters.GetDouble(nameof(PullbackRsi), d.PullbackRsi),
            AtrPeriod = parameters.GetInt(nameof(AtrPeriod), d.AtrPeriod),
            StopBufferAtr = parameters.GetDouble(nameof(StopBufferAtr), d.StopBufferAtr),
            MinRiskAtr = parameters.GetDouble(nameof(MinRiskAtr), d.MinRiskAtr),
            MaxRiskAtr = parameters.GetDouble(nameof(MaxRiskAtr), d.MaxRiskAtr),
            FirstTargetReward = parameters.GetDouble(nameof(FirstTargetReward), d.FirstTargetReward),
            SecondTargetReward = parameters.GetDouble(nameof(SecondTargetReward), d.SecondTargetReward),
        };
        options.Validate();
        return options;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        OptionChecks.Defined(LowerTimeframe, nameof(LowerTimeframe));
        OptionChecks.Defined(HigherTimeframe, nameof(HigherTimeframe));
        if (HigherTimeframe <= LowerTimeframe || (int)HigherTimeframe % (int)LowerTimeframe != 0)
            throw new ArgumentOutOfRangeException(nameof(HigherTimeframe), HigherTimeframe, $"{nameof(HigherTimeframe)} must be a longer multiple of {nameof(LowerTimeframe)} {LowerTimeframe}");
        OptionChecks.AtLeast(FastEmaPeriod, 1, nameof(FastEmaPeriod));
        OptionChecks.AtLeast(SlowEmaPeriod, FastEmaPeriod + 1, nameof(SlowEmaPeriod));
        OptionChecks.Between(MinTrendSpreadAtr, 0, 100, nameof(MinTrendSpreadAtr));
        OptionChecks.AtLeast(EntryEmaPeriod, 1, nameof(EntryEmaPeriod));
        OptionChecks.AtLeast(RsiPeriod, 1, nameof(RsiPeriod));
        OptionChecks.Between(PullbackRsi, 1, 50, nameof(PullbackRsi));
        OptionChecks.AtLeast(AtrPeriod, 1, nameof(AtrPeriod));
        OptionChecks.Between(StopBufferAtr, 0, 10, nameof(StopBufferAtr));
        OptionChecks.Positive(MinRiskAtr, nameof(MinRiskAtr));
        OptionChecks.Between(MaxRiskAtr, MinRiskAtr, 100, nameof(MaxRiskAtr));
        OptionChecks.Between(FirstTargetReward, 0.1, 100, nameof(FirstTargetReward));
        OptionChecks.Between(SecondTargetReward, FirstTargetReward, 100, nameof(SecondTargetReward));
    }
}

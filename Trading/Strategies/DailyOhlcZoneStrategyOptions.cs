using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Trading.Strategies;

/// <summary>Settings of <see cref="DailyOhlcZoneStrategy"/>; distances are in ATRs of <see cref="Timeframe"/>.</summary>
public sealed record DailyOhlcZoneStrategyOptions
{
    /// <summary>Names accepted by <see cref="From"/>, besides the <see cref="SymbolSettings"/> overrides.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } =
    [
        nameof(Timeframe), nameof(SwingLength), nameof(AtrPeriod), nameof(TouchToleranceAtr), nameof(MinWickShare),
        nameof(StopBufferAtr), nameof(MinRiskAtr), nameof(MaxRiskAtr), nameof(TargetRewardRatio), nameof(MinLevelReward),
    ];

    /// <summary>An intraday timeframe (below one day) the daily levels are built from.</summary>
    public Timeframe Timeframe { get; init; } = Timeframe.H1;

    /// <summary>Fractal half-width of the swings behind the trend used in the confluence.</summary>
    public int SwingLength { get; init; } = 3;

    /// <summary>Wilder ATR period for the distances measured in ATRs.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>A bar tests a level when its wick comes within this distance of it (or goes through).</summary>
    public double TouchToleranceAtr { get; init; } = 0.1;

    /// <summary>The rejecting wick must be at least this share of the bar's range.</summary>
    public double MinWickShare { get; init; } = 0.4;

    /// <summary>The stop sits this far beyond the rejecting wick.</summary>
    public double StopBufferAtr { get; init; } = 0.1;

    /// <summary>Entries whose stop is closer than this are skipped.</summary>
    public double MinRiskAtr { get; init; } = 0.2;

    /// <summary>Entries whose stop is further than this are skipped.</summary>
    public double MaxRiskAtr { get; init; } = 2.5;

    /// <summary>The fixed target, in multiples of the risk.</summary>
    public double TargetRewardRatio { get; init; } = 2.0;

    /// <summary>The next previous-day level beyond entry becomes a target when at least this many risks away.</summary>
    public double MinLevelReward { get; init; } = 1.0;

    /// <summary>Reads the options from <paramref name="parameters"/>, defaults for the missing ones, and validates them.</summary>
    public static DailyOhlcZoneStrategyOptions From(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var d = new DailyOhlcZoneStrategyOptions();
        var options = new DailyOhlcZoneStrategyOptions
        {
            Timeframe = parameters.GetTimeframe(nameof(Timeframe), d.Timeframe),
            SwingLength = parameters.GetInt(nameof(SwingLength), d.SwingLength),
            AtrPeriod = parameters.GetInt(nameof(AtrPeriod), d.AtrPeriod),
            TouchToleranceAtr = parameters.GetDouble(nameof(TouchToleranceAtr), d.TouchToleranceAtr),
            MinWickShare = parameters.GetDouble(nameof(MinWickShare), d.MinWickShare),
            StopBufferAtr = parameters.GetDouble(nameof(StopBufferAtr), d.StopBufferAtr),
            MinRiskAtr = parameters.GetDouble(nameof(MinRiskAtr), d.MinRiskAtr),
            MaxRiskAtr = parameters.GetDouble(nameof(MaxRiskAtr), d.MaxRiskAtr),
            TargetRewardRatio = parameters.GetDouble(nameof(TargetRewardRatio), d.TargetRewardRatio),
            MinLevelReward = parameters.GetDouble(nameof(MinLevelReward), d.MinLevelReward),
        };
        options.Validate();
        return options;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        OptionChecks.Defined(Timeframe, nameof(Timeframe));
        if (Timeframe >= Timeframe.D1)
            throw new ArgumentOutOfRangeException(nameof(Timeframe), Timeframe, $"{nameof(Timeframe)} must be intraday (below 1d) to react to the previous day's levels");
        OptionChecks.AtLeast(SwingLength, 1, nameof(SwingLength));
        OptionChecks.AtLeast(AtrPeriod, 1, nameof(AtrPeriod));
        OptionChecks.Between(TouchToleranceAtr, 0, 10, nameof(TouchToleranceAtr));
        OptionChecks.Between(MinWickShare, 0, 1, nameof(MinWickShare));
        OptionChecks.Between(StopBufferAtr, 0, 10, nameof(StopBufferAtr));
        OptionChecks.Positive(MinRiskAtr, nameof(MinRiskAtr));
        OptionChecks.Between(MaxRiskAtr, MinRiskAtr, 100, nameof(MaxRiskAtr));
        OptionChecks.Between(TargetRewardRatio, 0.1, 100, nameof(TargetRewardRatio));
        OptionChecks.Between(MinLevelReward, 0.1, 100, nameof(MinLevelReward));
    }

    internal SmcOptions ToSmcOptions() => new() { SwingLength = SwingLength, AtrPeriod = AtrPeriod };
}

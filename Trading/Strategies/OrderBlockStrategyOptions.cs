using SmartMarket.Trading.MarketData;
using SmartMarket.Trading.Smc;

namespace SmartMarket.Trading.Strategies;

/// <summary>Settings of <see cref="OrderBlockStrategy"/>; distances are in ATRs of <see cref="Timeframe"/>.</summary>
public sealed record OrderBlockStrategyOptions
{
    /// <summary>Names accepted by <see cref="From"/>, besides the <see cref="SymbolSettings"/> overrides.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } =
    [
        nameof(Timeframe), nameof(SwingLength), nameof(AtrPeriod), nameof(EqualLevelAtr), nameof(StopBufferAtr),
        nameof(MinRiskAtr), nameof(MaxRiskAtr), nameof(TargetRewardRatio), nameof(MinLiquidityReward), nameof(MaxBlockAgeBars),
    ];

    /// <summary>The timeframe traded.</summary>
    public Timeframe Timeframe { get; init; } = Timeframe.H1;

    /// <summary>Fractal half-width of the swings behind structure and order blocks.</summary>
    public int SwingLength { get; init; } = 3;

    /// <summary>Wilder ATR period for the distances measured in ATRs.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>Equal highs/lows tolerance for liquidity targets.</summary>
    public double EqualLevelAtr { get; init; } = 0.1;

    /// <summary>The stop sits this far beyond the far side of the block.</summary>
    public double StopBufferAtr { get; init; } = 0.1;

    /// <summary>Entries whose stop is closer than this are skipped: the block is too thin to hold a stop.</summary>
    public double MinRiskAtr { get; init; } = 0.25;

    /// <summary>Entries whose stop is further than this are skipped: the block is too tall.</summary>
    public double MaxRiskAtr { get; init; } = 3.0;

    /// <summary>The fixed target, in multiples of the risk (entry to stop).</summary>
    public double TargetRewardRatio { get; init; } = 2.0;

    /// <summary>Opposing liquidity (a pool or the last swing) becomes a target when at least this many risks away.</summary>
    public double MinLiquidityReward { get; init; } = 1.0;

    /// <summary>Blocks whose candle is older than this many bars are not traded.</summary>
    public int MaxBlockAgeBars { get; init; } = 300;

    /// <summary>Reads the options from <paramref name="parameters"/>, defaults for the missing ones, and validates them.</summary>
    public static OrderBlockStrategyOptions From(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var d = new OrderBlockStrategyOptions();
        var options = new OrderBlockStrategyOptions
        {
            Timeframe = parameters.GetTimeframe(nameof(Timeframe), d.Timeframe),
            SwingLength = parameters.GetInt(nameof(SwingLength), d.SwingLength),
            AtrPeriod = parameters.GetInt(nameof(AtrPeriod), d.AtrPeriod),
            EqualLevelAtr = parameters.GetDouble(nameof(EqualLevelAtr), d.EqualLevelAtr),
            StopBufferAtr = parameters.GetDouble(nameof(StopBufferAtr), d.StopBufferAtr),
            MinRiskAtr = parameters.GetDouble(nameof(MinRiskAtr), d.MinRiskAtr),
            MaxRiskAtr = parameters.GetDouble(nameof(MaxRiskAtr), d.MaxRiskAtr),
            TargetRewardRatio = parameters.GetDouble(nameof(TargetRewardRatio), d.TargetRewardRatio),
            MinLiquidityReward = parameters.GetDouble(nameof(MinLiquidityReward), d.MinLiquidityReward),
            MaxBlockAgeBars = parameters.GetInt(nameof(MaxBlockAgeBars), d.MaxBlockAgeBars),
        };
        options.Validate();
        return options;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        OptionChecks.Defined(Timeframe, nameof(Timeframe));
        OptionChecks.AtLeast(SwingLength, 1, nameof(SwingLength));
        OptionChecks.AtLeast(AtrPeriod, 1, nameof(AtrPeriod));
        OptionChecks.Between(EqualLevelAtr, 0, 10, nameof(EqualLevelAtr));
        OptionChecks.Between(StopBufferAtr, 0, 10, nameof(StopBufferAtr));
        OptionChecks.Positive(MinRiskAtr, nameof(MinRiskAtr));
        OptionChecks.Between(MaxRiskAtr, MinRiskAtr, 100, nameof(MaxRiskAtr));
        OptionChecks.Between(TargetRewardRatio, 0.1, 100, nameof(TargetRewardRatio));
        OptionChecks.Between(MinLiquidityReward, 0.1, 100, nameof(MinLiquidityReward));
        OptionChecks.AtLeast(MaxBlockAgeBars, 1, nameof(MaxBlockAgeBars));
    }

    internal SmcOptions ToSmcOptions() => new() { SwingLength = SwingLength, AtrPeriod = AtrPeriod, EqualLevelAtr = EqualLevelAtr };
}

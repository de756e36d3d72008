using SmartMarket.Trading.MarketData;

namespace SmartMarket.Trading.Strategies;

/// <summary>Settings of <see cref="MeanReversionStrategy"/>; distances are in ATRs of <see cref="Timeframe"/>.</summary>
public sealed record MeanReversionStrategyOptions
{
    /// <summary>Names accepted by <see cref="From"/>, besides the <see cref="SymbolSettings"/> overrides.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } =
    [
        nameof(Timeframe), nameof(BollingerPeriod), nameof(BollingerWidth), nameof(RsiPeriod), nameof(OversoldRsi),
        nameof(EfficiencyPeriod), nameof(MaxEfficiency), nameof(AtrPeriod), nameof(StopAtr),
    ];

    /// <summary>The timeframe traded.</summary>
    public Timeframe Timeframe { get; init; } = Timeframe.H1;

    /// <summary>Window of the Bollinger Bands' moving average and deviation.</summary>
    public int BollingerPeriod { get; init; } = 20;

    /// <summary>Band half-width in standard deviations.</summary>
    public double BollingerWidth { get; init; } = 2.0;

    /// <summary>Wilder RSI period.</summary>
    public int RsiPeriod { get; init; } = 14;

    /// <summary>A buy needs RSI below this; a sell needs RSI above 100 minus it.</summary>
    public double OversoldRsi { get; init; } = 30;

    /// <summary>Changes in the efficiency-ratio window that decides whether the market is ranging.</summary>
    public int EfficiencyPeriod { get; init; } = 48;

    /// <summary>The market counts as ranging while the efficiency ratio is below this (0..1).</summary>
    public double MaxEfficiency { get; init; } = 0.3;

    /// <summary>Wilder ATR period for the distances measured in ATRs.</summary>
    public int AtrPeriod { get; init; } = 14;

    /// <summary>The stop sits this far beyond the signal bar's extreme.</summary>
    public double StopAtr { get; init; } = 1.0;

    /// <summary>Reads the options from <paramref name="parameters"/>, defaults for the missing ones, and validates them.</summary>
    public static MeanReversionStrategyOptions From(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var d = new MeanReversionStrategyOptions();
        var options = new MeanReversionStrategyOptions
        {
            Timeframe = parameters.GetTimeframe(nameof(Timeframe), d.Timeframe),
            BollingerPeriod = parameters.GetInt(nameof(BollingerPeriod), d.BollingerPeriod),
            BollingerWidth = parameters.GetDouble(nameof(BollingerWidth), d.BollingerWidth),
            RsiPeriod = parameters.GetInt(nameof(RsiPeriod), d.RsiPeriod),
            OversoldRsi = parameters.GetDouble(nameof(OversoldRsi), d.OversoldRsi),
            EfficiencyPeriod = parameters.GetInt(nameof(EfficiencyPeriod), d.EfficiencyPeriod),
            MaxEfficiency = parameters.GetDouble(nameof(MaxEfficiency), d.MaxEfficiency),
            AtrPeriod = parameters.GetInt(nameof(AtrPeriod), d.AtrPeriod),
            StopAtr = parameters.GetDouble(nameof(StopAtr), d.StopAtr),
        };
        options.Validate();
        return options;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        OptionChecks.Defined(Timeframe, nameof(Timeframe));
        OptionChecks.AtLeast(BollingerPeriod, 2, nameof(BollingerPeriod));
        OptionChecks.Between(BollingerWidth, 0.1, 10, nameof(BollingerWidth));
        OptionChecks.AtLeast(RsiPeriod, 1, nameof(RsiPeriod));
        OptionChecks.Between(OversoldRsi, 1, 50, nameof(OversoldRsi));
        OptionChecks.AtLeast(EfficiencyPeriod, 2, nameof(EfficiencyPeriod));
        OptionChecks.Between(MaxEfficiency, 0.01, 1, nameof(MaxEfficiency));
        OptionChecks.AtLeast(AtrPeriod, 1, nameof(AtrPeriod));
        OptionChecks.Between(StopAtr, 0.05, 20, nameof(StopAtr));
    }
}
